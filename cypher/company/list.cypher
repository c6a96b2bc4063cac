// One page of companies matching the filter, in the requested order with ties broken by id. Region, network
// and capability filters include everything below the given node. Companies without a value for the sort field
// come last in either direction. For a filter with a capability, network, region or certification; without
// one, company/list-scan.
//
// Plan: the branch of $startFrom (chosen by the repository: the most selective filter given) seeks its node by
// the id constraint and expands to the companies behind it (a capability's claims at the level, a network's
// members, ...); the other branches seek a node they never expand from, so they cost nothing. Only those
// candidates meet the remaining filters, are sorted (Top) and paged; region and parent group are read for the
// page's rows only. A generic `MATCH (c:Company) WHERE $x IS NULL OR EXISTS {...}` was planned as a scan of every
// company with one semi-apply per company and filter: 10,404 candidates of cnc-5-axis-milling on 100,000
// companies cost 1.3 million db hits that way, 42,000 this way.
CALL () {
  MATCH (:Capability {id: $capabilityId})<-[:BROADER*0..6]-(:Capability)<-[claim:HAS_CAPABILITY]-(c:Company)
  WHERE $startFrom = 'CAPABILITY' AND claim.level >= $minLevel
  RETURN DISTINCT c
  UNION ALL
  MATCH (:Network {id: $networkId})<-[:PART_OF*0..4]-(:Network)<-[:MEMBER_OF]-(c:Company)
  WHERE $startFrom = 'NETWORK'
  RETURN DISTINCT c
  UNION ALL
  MATCH (:Region {id: $regionId})<-[:PART_OF*0..4]-(:Region)<-[:LOCATED_IN]-(c:Company)
  WHERE $startFrom = 'REGION'
  RETURN DISTINCT c
  UNION ALL
  MATCH (:Certification {id: $certificationId})<-[held:HOLDS]-(c:Company)
  WHERE $startFrom = 'CERTIFICATION' AND (held.validUntil IS NULL OR held.validUntil >= date())
  RETURN DISTINCT c
}
WITH c
WHERE ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
  AND ($sizeClasses IS NULL OR c.sizeClass IN $sizeClasses)
  AND ($isPrime IS NULL OR coalesce(c.isPrime, false) = $isPrime)
  AND ($city IS NULL OR toLower(c.city) = toLower($city))
  AND ($near IS NULL OR point.distance(c.location, point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.radiusKm * 1000)
  AND ($startFrom = 'CAPABILITY' OR $capabilityId IS NULL OR EXISTS {
        MATCH (c)-[claim:HAS_CAPABILITY]->(:Capability)-[:BROADER*0..6]->(:Capability {id: $capabilityId})
        WHERE claim.level >= $minLevel })
  AND ($startFrom = 'NETWORK' OR $networkId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Network)-[:PART_OF*0..4]->(:Network {id: $networkId}) })
  AND ($startFrom = 'REGION' OR $regionId IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(:Region {id: $regionId}) })
  AND ($startFrom = 'CERTIFICATION' OR $certificationId IS NULL OR EXISTS {
        MATCH (c)-[held:HOLDS]->(:Certification {id: $certificationId})
        WHERE held.validUntil IS NULL OR held.validUntil >= date() })
WITH c,
     CASE $orderField WHEN 'NAME' THEN toLower(c.name) WHEN 'CITY' THEN toLower(c.city) WHEN 'POSTAL_CODE' THEN c.postalCode END AS textKey,
     CASE $orderField WHEN 'EMPLOYEES' THEN c.employees END AS numberKey
ORDER BY
  CASE WHEN coalesce(textKey, numberKey) IS NULL THEN 1 ELSE 0 END,
  CASE WHEN $descending THEN null ELSE textKey END ASC,
  CASE WHEN $descending THEN textKey END DESC,
  CASE WHEN $descending THEN null ELSE numberKey END ASC,
  CASE WHEN $descending THEN numberKey END DESC,
  c.id ASC
SKIP $skip
LIMIT $limit
OPTIONAL MATCH (c)-[:LOCATED_IN]->(region:Region)
OPTIONAL MATCH (c)-[group:SUBSIDIARY_OF]->(parent:Company)
RETURN c {.*, regionId: region.id, parentGroupId: parent.id, parentGroupStatus: CASE WHEN parent IS NULL THEN null ELSE coalesce(group.status, 'CONFIRMED') END} AS company
