// Companies whose name or description match a Lucene query over the German full-text index, best first.
CALL db.index.fulltext.queryNodes('company_text', $query, {limit: $limit})
YIELD node, score
OPTIONAL MATCH (node)-[:LOCATED_IN]->(region:Region)
OPTIONAL MATCH (node)-[:SUBSIDIARY_OF]->(parent:Company)
RETURN node {.*, regionId: region.id, parentGroupId: parent.id} AS company, score
ORDER BY score DESC, node.id
