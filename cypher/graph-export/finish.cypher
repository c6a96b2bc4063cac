// Import of an export: removes the import marks from a batch of nodes. Returns how many it cleaned.
MATCH (n:TiergraphImport)
WITH n LIMIT $limit
REMOVE n:TiergraphImport, n.tiergraphImportKey
RETURN count(n) AS cleaned
