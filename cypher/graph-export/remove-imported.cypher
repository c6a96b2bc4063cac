// Rolls back an unfinished import of an export: deletes a batch of the nodes it created (they still carry
// the import mark) with their relationships. Returns how many it deleted.
MATCH (n:TiergraphImport)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS removed
