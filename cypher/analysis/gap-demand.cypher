// The demand side of a gap analysis: every mandatory capability requirement of the open supply roles,
// of one program or one prime's programs when given, with the role's tier, deadline and location
// (the buyer's when the role names none).
MATCH (role:SupplyRole {status: 'OPEN'})-[need:REQUIRES_CAPABILITY]->(capability:Capability)
WHERE coalesce(need.mandatory, true)
  AND ($programId IS NULL OR EXISTS { (role)-[:IN_PROGRAM]->(:Program {id: $programId}) })
  AND ($primeId IS NULL OR EXISTS { (role)-[:IN_PROGRAM]->(:Program)-[:LED_BY]->(:Company {id: $primeId}) })
OPTIONAL MATCH (role)-[:FOR_BUYER]->(buyer:Company)
RETURN capability.id AS capabilityId, coalesce(need.minLevel, 1) AS minLevel, role.id AS roleId, role.tier AS tier,
       role.deadline AS deadline, coalesce(role.location, buyer.location) AS location
ORDER BY capabilityId, roleId
