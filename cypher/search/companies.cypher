// Companies whose name or description match a Lucene query over the German full-text index, best first.
CALL db.index.fulltext.queryNodes('company_text', $query, {limit: $limit})
YIELD node, score
OPTIONAL MATCH (node)-[:LOCATED_IN]->(region:Region)
OPTIONAL MATCH (node)-[group:SUBSIDIARY_OF]->(parent:Company)
RETURN node {.*, regionId: region.id, parentGroupId: parent.id, parentGroupStatus: CASE WHEN parent IS NULL THEN null ELSE coalesce(group.status, 'CONFIRMED') END} AS company, score
ORDER BY score DESC, node.id
