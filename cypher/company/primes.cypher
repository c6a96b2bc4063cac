// The primes: companies flagged as prime contractors, by name.
MATCH (c:Company)
WHERE c.isPrime = true
OPTIONAL MATCH (c)-[:LOCATED_IN]->(region:Region)
OPTIONAL MATCH (c)-[:SUBSIDIARY_OF]->(parent:Company)
RETURN c {.*, regionId: region.id, parentGroupId: parent.id} AS company
ORDER BY c.name, c.id
