// Replaces the capability claims of a company with $claims: claims not listed are removed, listed
// ones created or updated. Returns the company id.
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
  SET held.level = claim.level,
      held.evidence = claim.evidence,
      held.evidenceLevel = claim.evidenceLevel,
      held.source = claim.source,
      held.updatedAt = datetime()
}
SET c.updatedAt = datetime()
RETURN c.id AS id
