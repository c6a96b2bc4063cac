// Candidate suppliers for a set of required capabilities, found from the capability nodes outwards
// (never a scan of all companies): companies claiming a required capability, a narrower one, or a
// broader one (a weaker, partial match). Excluded ids (buyer, its group) are left out.
UNWIND $capabilityIds AS requiredId
MATCH (required:Capability {id: requiredId})
CALL (required) {
  MATCH (required)<-[:BROADER*0..6]-(:Capability)<-[:HAS_CAPABILITY]-(company:Company)
  RETURN company
  UNION
  MATCH (required)-[:BROADER*1..6]->(:Capability)<-[:HAS_CAPABILITY]-(company:Company)
  RETURN company
}
WITH DISTINCT company
WHERE NOT company.id IN $excludedIds
RETURN company.id AS id
ORDER BY id
