// Possible partners for the roles a company misses: per search (a near-miss role with the mandatory
// capabilities the company lacks there, each as the capability and its narrower ones with the minimum level),
// every company meeting at least one of them, with the indexes of the capabilities it meets and its location.
// Only these compact rows are read: no candidate is loaded or scored in full.
// Plan: a NodeIndexSeek on Capability(id) per lacking capability, then Expand to the claims filtered by level.
UNWIND range(0, size($searches) - 1) AS searchIndex
WITH searchIndex, $searches[searchIndex] AS search
UNWIND range(0, size(search.lacking) - 1) AS needIndex
WITH searchIndex, search, needIndex, search.lacking[needIndex] AS need
MATCH (capability:Capability)<-[claim:HAS_CAPABILITY]-(company:Company)
WHERE capability.id IN need.capabilityIds AND claim.level >= need.minLevel AND NOT company.id IN search.excludedIds
WITH searchIndex, company, collect(DISTINCT needIndex) AS met
RETURN searchIndex, company.id AS companyId, company.location AS location, met
ORDER BY searchIndex, companyId
