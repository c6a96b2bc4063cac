// Import of an export: removes the import marks from a batch of nodes, and gives companies the lower-case name
// that name-ordered lists read (an export written before it existed lacks it). Returns how many it cleaned.
MATCH (n:TiergraphImport)
WITH n LIMIT $limit
REMOVE n:TiergraphImport, n.tiergraphImportKey
WITH n
CALL (n) {
  WITH n WHERE n:Company AND n.name IS NOT NULL
  SET n.nameSort = toLower(n.name)
}
RETURN count(n) AS cleaned
