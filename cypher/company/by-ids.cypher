// Companies by id, with the ids of their region and parent group. Unknown ids give no row.
UNWIND $ids AS id
MATCH (c:Company {id: id})
OPTIONAL MATCH (c)-[:LOCATED_IN]->(region:Region)
OPTIONAL MATCH (c)-[:SUBSIDIARY_OF]->(parent:Company)
RETURN c {.*, regionId: region.id, parentGroupId: parent.id} AS company
