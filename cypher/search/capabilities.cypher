// Capabilities whose names or description match a Lucene query over the German full-text index, and those
// whose NSC, CPV (with or without check digit), NACE/WZ code or EDA CapTech is $code, given lower-case
// (a code match ranks first).
CALL () {
  CALL db.index.fulltext.queryNodes('capability_text', $query, {limit: $limit})
  YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Capability)
  WHERE $code IN [node.nsc, node.cpv, toLower(node.nace), toLower(node.edaCapTech)]
     OR (node.cpv IS NOT NULL AND $code = split(node.cpv, '-')[0])
  RETURN node, 100.0 AS score
}
WITH node, max(score) AS score
RETURN node.id AS capabilityId, score
ORDER BY score DESC, capabilityId
LIMIT $limit
