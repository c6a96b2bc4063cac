// Demo data: the capability taxonomy, each capability linked to its broader one, by id.
UNWIND $rows AS row
MERGE (capability:Capability {id: row.id})
SET capability.name = row.name, capability.nameDe = row.nameDe, capability.description = row.description,
    capability.nsc = row.nsc
WITH collect(row) AS rows
UNWIND rows AS row
MATCH (capability:Capability {id: row.id})
MATCH (broader:Capability {id: row.parentId})
MERGE (capability)-[:BROADER]->(broader)
