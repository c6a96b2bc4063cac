// The whole capability taxonomy: each capability with the id of its broader capability (null for a
// top domain). The taxonomy is small (hundreds), so it is read whole and walked in memory.
MATCH (capability:Capability)
OPTIONAL MATCH (capability)-[:BROADER]->(broader:Capability)
RETURN capability {.*, parentId: broader.id} AS capability
ORDER BY capability.id
