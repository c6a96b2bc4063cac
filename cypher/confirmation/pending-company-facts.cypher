// Companies with a security clearance or a parent group a company key declared and staff have not confirmed
// yet, by name, with the ids of their region and parent group and both statuses.
MATCH (c:Company)
OPTIONAL MATCH (c)-[group:SUBSIDIARY_OF]->(parent:Company)
WITH c, group, parent
WHERE c.clearanceStatus = 'PENDING' OR group.status = 'PENDING'
OPTIONAL MATCH (c)-[:LOCATED_IN]->(region:Region)
RETURN c {.*, regionId: region.id, parentGroupId: parent.id, parentGroupStatus: CASE WHEN parent IS NULL THEN null ELSE coalesce(group.status, 'CONFIRMED') END} AS company
ORDER BY toLower(c.name), c.id
