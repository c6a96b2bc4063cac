// Floor of capabilityGaps(scope: {networkId: $networkId}, options: {includeCovered: true}) (everyone in scope when
// $networkId is null): for every capability that open roles require (mandatory), the companies in scope claiming it
// or a narrower one at the highest level demanded, the status (UNCOVERED, SINGLE_SOURCE, THIN below $thinBelow,
// COVERED) and, when not covered, the $closersPerGap nearest holders outside the scope (km to the nearest demand,
// rounded to 0.1). Most severe first, then most demand, earliest deadline, capability id. Returns one row, gaps:
// [{capabilityId, status, supplierCount, closers: [[companyId, distanceKm]]}].
MATCH (role:SupplyRole {status: 'OPEN'})-[need:REQUIRES_CAPABILITY]->(capability:Capability)
WHERE coalesce(need.mandatory, true)
OPTIONAL MATCH (role)-[:FOR_BUYER]->(buyer:Company)
WITH capability, max(coalesce(need.minLevel, 1)) AS minLevel, count(*) AS demand,
     min(coalesce(toString(role.deadline), '9999')) AS earliest, collect(coalesce(role.location, buyer.location)) AS places
CALL (capability, minLevel) {
  MATCH (capability)<-[:BROADER*0..6]-(:Capability)<-[claim:HAS_CAPABILITY]-(company:Company)
  WHERE claim.level >= minLevel
  WITH DISTINCT company
  RETURN count(company) AS holders,
         collect(CASE WHEN $networkId IS NOT NULL
                       AND NOT EXISTS { (company)-[:MEMBER_OF]->(:Network)-[:PART_OF*0..4]->(:Network {id: $networkId}) }
                      THEN company END) AS outside
}
WITH capability, demand, earliest, places, outside, holders - size(outside) AS supplierCount
WITH capability, demand, earliest, places, outside, supplierCount,
     CASE WHEN supplierCount = 0 THEN 'UNCOVERED' WHEN supplierCount = 1 THEN 'SINGLE_SOURCE'
          WHEN supplierCount < $thinBelow THEN 'THIN' ELSE 'COVERED' END AS status
CALL (status, outside, places) {
  UNWIND CASE WHEN status = 'COVERED' THEN [] ELSE outside END AS company
  WITH company, CASE WHEN company.location IS NULL OR size(places) = 0 THEN null ELSE
         reduce(nearest = null, place IN places |
           CASE WHEN nearest IS NULL OR 6378.14 * 2 * asin(sqrt(
                  sin((place.latitude - company.location.latitude) * (pi() / 180) / 2) ^ 2
                  + cos(company.location.latitude * (pi() / 180)) * cos(place.latitude * (pi() / 180))
                    * sin((place.longitude - company.location.longitude) * (pi() / 180) / 2) ^ 2)) < nearest
                THEN 6378.14 * 2 * asin(sqrt(
                  sin((place.latitude - company.location.latitude) * (pi() / 180) / 2) ^ 2
                  + cos(company.location.latitude * (pi() / 180)) * cos(place.latitude * (pi() / 180))
                    * sin((place.longitude - company.location.longitude) * (pi() / 180) / 2) ^ 2))
                ELSE nearest END) END AS nearest
  WITH company, CASE WHEN nearest IS NULL THEN null ELSE floor(nearest * 10 + 0.5) / 10 END AS distanceKm
  ORDER BY distanceKm, company.id
  LIMIT $closersPerGap
  RETURN collect([company.id, distanceKm]) AS closers
}
WITH capability.id AS capabilityId, status, supplierCount, closers, demand, earliest,
     CASE status WHEN 'UNCOVERED' THEN 0 WHEN 'SINGLE_SOURCE' THEN 1 WHEN 'THIN' THEN 2 ELSE 3 END AS severity
ORDER BY severity, demand DESC, earliest, capabilityId
RETURN collect({capabilityId: capabilityId, status: status, supplierCount: supplierCount, closers: closers}) AS gaps
