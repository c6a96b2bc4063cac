// Demo data: networks (clusters, chapters) and their nesting, created or updated by id.
UNWIND $rows AS row
MERGE (network:Network {id: row.id})
SET network.name = row.name, network.kind = row.kind, network.website = row.website,
    network.description = row.description
WITH collect(row) AS rows
UNWIND rows AS row
MATCH (network:Network {id: row.id})
MATCH (parent:Network {id: row.parentId})
MERGE (network)-[:PART_OF]->(parent)
