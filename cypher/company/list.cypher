// One page of companies matching the filter, in the requested order with ties broken by id.
// Region, network and capability filters include everything below the given node. Companies
// without a value for the sort field come last in either direction.
MATCH (c:Company)
WHERE ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
  AND ($sizeClasses IS NULL OR c.sizeClass IN $sizeClasses)
  AND ($isPrime IS NULL OR coalesce(c.isPrime, false) = $isPrime)
  AND ($city IS NULL OR toLower(c.city) = toLower($city))
  AND ($regionId IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(:Region {id: $regionId}) })
  AND ($networkId IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Network)-[:PART_OF*0..4]->(:Network {id: $networkId}) })
  AND ($capabilityId IS NULL OR EXISTS {
        MATCH (c)-[claim:HAS_CAPABILITY]->(:Capability)-[:BROADER*0..6]->(:Capability {id: $capabilityId})
        WHERE claim.level >= $minLevel })
  AND ($certificationId IS NULL OR EXISTS {
        MATCH (c)-[held:HOLDS]->(:Certification {id: $certificationId})
        WHERE held.validUntil IS NULL OR held.validUntil >= date() })
  AND ($near IS NULL OR point.distance(c.location, point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.radiusKm * 1000)
OPTIONAL MATCH (c)-[:LOCATED_IN]->(region:Region)
OPTIONAL MATCH (c)-[group:SUBSIDIARY_OF]->(parent:Company)
WITH c, region, parent, group,
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
RETURN c {.*, regionId: region.id, parentGroupId: parent.id, parentGroupStatus: CASE WHEN parent IS NULL THEN null ELSE coalesce(group.status, 'CONFIRMED') END} AS company
