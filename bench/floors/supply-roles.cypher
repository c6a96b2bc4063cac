// Floor of supplyRoles(first: $first, where: {capabilityId: $capabilityId}) { totalCount, requirements } (all roles
// when $capabilityId is null), soonest deadline first, then id. Returns one row, totalCount and page: [{id,
// capabilities: [[capabilityId, minLevel, mandatory]], certifications: [[certificationId, mandatory]]}], each list
// by id.
CALL () {
  MATCH (role:SupplyRole)
  WHERE $capabilityId IS NULL OR EXISTS {
    (role)-[:REQUIRES_CAPABILITY]->(:Capability)-[:BROADER*0..6]->(:Capability {id: $capabilityId}) }
  RETURN count(role) AS totalCount
}
CALL () {
  MATCH (role:SupplyRole)
  WHERE $capabilityId IS NULL OR EXISTS {
    (role)-[:REQUIRES_CAPABILITY]->(:Capability)-[:BROADER*0..6]->(:Capability {id: $capabilityId}) }
  WITH role
  ORDER BY role.deadline, role.id
  LIMIT $first
  WITH role,
       COLLECT { MATCH (role)-[need:REQUIRES_CAPABILITY]->(capability:Capability)
                 RETURN [capability.id, need.minLevel, need.mandatory] ORDER BY capability.id } AS capabilities,
       COLLECT { MATCH (role)-[need:REQUIRES_CERTIFICATION]->(certification:Certification)
                 RETURN [certification.id, need.mandatory] ORDER BY certification.id } AS certifications
  RETURN collect({id: role.id, capabilities: capabilities, certifications: certifications}) AS page
}
RETURN totalCount, page
