// Floor of search(text, first: $first): companies and capabilities matching the Lucene query $query over the
// German full-text indexes, and capabilities whose code is $code (score 100), best first, ties by kind and id.
// Returns one row, hits: [[`company:<id>` or `capability:<id>`, score]].
CALL () {
  CALL db.index.fulltext.queryNodes('company_text', $query, {limit: $first})
  YIELD node, score
  RETURN 'company:' + node.id AS key, score
  UNION ALL
  CALL () {
    CALL db.index.fulltext.queryNodes('capability_text', $query, {limit: $first})
    YIELD node, score
    RETURN node, score
    UNION
    MATCH (node:Capability)
    WHERE $code IN [node.nsc, node.cpv, toLower(node.nace), toLower(node.edaCapTech)]
       OR (node.cpv IS NOT NULL AND $code = split(node.cpv, '-')[0])
    RETURN node, 100.0 AS score
  }
  WITH node, max(score) AS score
  ORDER BY score DESC, node.id
  LIMIT $first
  RETURN 'capability:' + node.id AS key, score
}
WITH key, score
ORDER BY score DESC, key
LIMIT $first
RETURN collect([key, score]) AS hits
