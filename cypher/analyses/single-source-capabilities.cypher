// @title Single-source capabilities
// @description Capabilities that exactly one company holds at or above the given level.
// @param minLevel Int default=1 min=1 max=5 Minimum claimed level
MATCH (capability:Capability)<-[claim:HAS_CAPABILITY]-(company:Company)
WHERE claim.level >= $minLevel
WITH capability, collect(company) AS holders
WHERE size(holders) = 1
RETURN capability.id AS capabilityId, capability.name AS capability, holders[0].id AS companyId, holders[0].name AS company
ORDER BY capability
