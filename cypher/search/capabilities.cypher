// Capabilities whose names or description match a Lucene query over the German full-text index.
CALL db.index.fulltext.queryNodes('capability_text', $query, {limit: $limit})
YIELD node, score
RETURN node.id AS capabilityId, score
ORDER BY score DESC, node.id
