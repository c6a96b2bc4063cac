// Replaces the capability claims of a company with $claims: claims not listed are removed, listed
// ones created or updated. A claim backed by stronger evidence than the new one keeps its level,
// evidence and source: a later, weaker source does not overwrite a verified value. A claim sent again
// unchanged (an editor sends the whole list) keeps its source and time. Returns the id.
MATCH (c:Company {id: $companyId})
CALL (c) {
  MATCH (c)-[old:HAS_CAPABILITY]->(capability:Capability)
  WHERE NOT capability.id IN [claim IN $claims | claim.capabilityId]
  DELETE old
}
CALL (c) {
  UNWIND $claims AS claim
  MATCH (capability:Capability {id: claim.capabilityId})
  MERGE (c)-[held:HAS_CAPABILITY]->(capability)
  WITH held, claim,
       coalesce($evidenceRank[held.evidenceLevel], -1) > $evidenceRank[claim.evidenceLevel]
       OR coalesce(held.level = claim.level AND held.evidenceLevel = claim.evidenceLevel
                   AND coalesce(held.evidence, '') = coalesce(claim.evidence, ''), false) AS keepStronger
  SET held.level = CASE WHEN keepStronger THEN held.level ELSE claim.level END,
      held.evidence = CASE WHEN keepStronger THEN held.evidence ELSE claim.evidence END,
      held.source = CASE WHEN keepStronger THEN held.source ELSE claim.source END,
      held.evidenceLevel = CASE WHEN keepStronger THEN held.evidenceLevel ELSE claim.evidenceLevel END,
      held.updatedAt = CASE WHEN keepStronger THEN held.updatedAt ELSE datetime() END
}
SET c.updatedAt = datetime()
RETURN c.id AS id
