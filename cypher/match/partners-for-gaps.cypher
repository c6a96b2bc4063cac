// Possible partners for the roles a company misses, ranked here and cut to the first $first. Per search (a near-miss
// role with the mandatory capabilities the company lacks there, each as the capability and its narrower ones with
// the minimum level), a partner is a company outside the search's excluded group meeting at least one of them.
// Ranked by the number of searches it helps with (most first), then by its distance from $location in km rounded to
// 0.1 as the API shows it (unknown last), then by company id. Each row: the company, its distance, the indexes of the
// searches it helps with and the capabilities it brings, in search order and within a search in the lacking order.
// Plan: a NodeIndexSeek on Capability(id) per lacking capability, Expand to the claims filtered by level (the excluded
// compared as nodes: no id is read per claim), one count per holder and a top-k sort; only the first $first are read
// again for what they bring.
UNWIND range(0, size($searches) - 1) AS searchIndex
WITH searchIndex, $searches[searchIndex] AS search
WITH searchIndex, search, COLLECT { MATCH (excluded:Company) WHERE excluded.id IN search.excludedIds RETURN excluded } AS excluded
UNWIND search.lacking AS need
MATCH (capability:Capability)<-[claim:HAS_CAPABILITY]-(company:Company)
WHERE capability.id IN need.capabilityIds AND claim.level >= need.minLevel AND NOT company IN excluded
WITH company, count(DISTINCT searchIndex) AS roleCount
WITH company, roleCount, floor(point.distance(company.location, point($location)) / 1000 * 10 + 0.5) / 10 AS distanceKm
ORDER BY roleCount DESC, distanceKm, company.id
LIMIT $first
WITH company, roleCount, distanceKm,
     [(company)-[claim:HAS_CAPABILITY]->(capability:Capability) | {id: capability.id, level: claim.level}] AS claims
WITH company, roleCount, distanceKm,
     [searchIndex IN range(0, size($searches) - 1) WHERE NOT company.id IN $searches[searchIndex].excludedIds | {
        searchIndex: searchIndex,
        brings: [need IN $searches[searchIndex].lacking
                 WHERE any(claim IN claims WHERE claim.id IN need.capabilityIds AND claim.level >= need.minLevel) | need.capabilityId]
     }] AS searches
WITH company, roleCount, distanceKm, [search IN searches WHERE size(search.brings) > 0] AS helped
RETURN company.id AS companyId, distanceKm, [search IN helped | search.searchIndex] AS searchIndexes,
       reduce(ids = [], id IN reduce(all = [], search IN helped | all + search.brings) | CASE WHEN id IN ids THEN ids ELSE ids + id END)
         AS capabilityIds
ORDER BY roleCount DESC, distanceKm, companyId
