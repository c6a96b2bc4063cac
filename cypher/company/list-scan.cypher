// One page of companies matching a filter without a capability, network, region or certification (those start
// from company/list), in the requested order with ties broken by id; companies without a value for the sort field
// come last in either direction. Name order ascending, the default, reads an index instead: company/list-by-name.
//
// Plan: a scan of every company through one Filter of the property predicates (a parameter left null passes at
// once), then Top keeps the page while it reads the sort key; region and parent group are read for the page's
// rows only (read before the sort, they cost two expansions for each of 100,000 companies). The scan and the sort
// key of every company are the floor of an unfiltered page in this order.
MATCH (c:Company)
WHERE ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
  AND ($sizeClasses IS NULL OR c.sizeClass IN $sizeClasses)
  AND ($isPrime IS NULL OR coalesce(c.isPrime, false) = $isPrime)
  AND ($city IS NULL OR toLower(c.city) = toLower($city))
  AND ($near IS NULL OR point.distance(c.location, point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.radiusKm * 1000)
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
