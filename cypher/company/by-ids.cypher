// Companies by id, with the ids of their region and parent group (and whether staff confirmed that). Unknown ids give no row.
UNWIND $ids AS id
MATCH (c:Company {id: id})
OPTIONAL MATCH (c)-[:LOCATED_IN]->(region:Region)
OPTIONAL MATCH (c)-[group:SUBSIDIARY_OF]->(parent:Company)
RETURN c {.*, regionId: region.id, parentGroupId: parent.id, parentGroupStatus: CASE WHEN parent IS NULL THEN null ELSE coalesce(group.status, 'CONFIRMED') END} AS company
