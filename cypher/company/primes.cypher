// The primes: companies flagged as prime contractors, by name.
MATCH (c:Company)
WHERE c.isPrime = true
OPTIONAL MATCH (c)-[:LOCATED_IN]->(region:Region)
OPTIONAL MATCH (c)-[group:SUBSIDIARY_OF]->(parent:Company)
RETURN c {.*, regionId: region.id, parentGroupId: parent.id, parentGroupStatus: CASE WHEN parent IS NULL THEN null ELSE coalesce(group.status, 'CONFIRMED') END} AS company
ORDER BY c.name, c.id
