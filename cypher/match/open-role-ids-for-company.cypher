// The open supply roles a company could be considered for: roles requiring one of its claimed
// capabilities, a broader one (its claim is narrower: full match) or a narrower one (partial match).
MATCH (:Company {id: $companyId})-[:HAS_CAPABILITY]->(held:Capability)
CALL (held) {
  MATCH (held)-[:BROADER*0..6]->(:Capability)<-[:REQUIRES_CAPABILITY]-(role:SupplyRole)
  RETURN role
  UNION
  MATCH (held)<-[:BROADER*1..6]-(:Capability)<-[:REQUIRES_CAPABILITY]-(role:SupplyRole)
  RETURN role
}
WITH DISTINCT role
WHERE role.status = 'OPEN'
RETURN role.id AS id
ORDER BY id
