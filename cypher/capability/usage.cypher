// How much a capability is used: companies claiming it, supply roles requiring it, narrower capabilities.
// No row when there is no such capability.
MATCH (capability:Capability {id: $id})
RETURN COUNT { (:Company)-[:HAS_CAPABILITY]->(capability) } AS claims,
       COUNT { (:SupplyRole)-[:REQUIRES_CAPABILITY]->(capability) } AS supplyRoles,
       COUNT { (:Capability)-[:BROADER]->(capability) } AS narrower
