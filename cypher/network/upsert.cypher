// Creates or replaces networks by id (name, kind, website, description), then links each to the network
// it is part of. Parents may be rows of the same batch.
UNWIND $rows AS row
MERGE (network:Network {id: row.id})
SET network.name = row.name, network.kind = row.kind, network.website = row.website, network.description = row.description
WITH network
CALL (network) {
  OPTIONAL MATCH (network)-[old:PART_OF]->(:Network)
  DELETE old
}
WITH count(*) AS written
UNWIND $rows AS row
MATCH (network:Network {id: row.id})
MATCH (parent:Network {id: row.parentId})
MERGE (network)-[:PART_OF]->(parent)
