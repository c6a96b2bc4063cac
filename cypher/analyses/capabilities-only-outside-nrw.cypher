// @title Capabilities supplied only from outside NRW
// @description Capabilities that some company holds, but none located in Nordrhein-Westfalen.
MATCH (capability:Capability)<-[:HAS_CAPABILITY]-(company:Company)
WITH capability, collect(DISTINCT company) AS holders
WHERE none(holder IN holders WHERE EXISTS { (holder)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(:Region {id: 'nrw'}) })
RETURN capability.id AS capabilityId, capability.name AS capability, size(holders) AS holders,
       [holder IN holders | holder.name] AS companies
ORDER BY capability
