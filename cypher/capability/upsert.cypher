// Creates or replaces capabilities by id (names, description, public classification codes), then links each
// to its broader capability; a top domain has none. Parents may be rows of the same batch.
UNWIND $rows AS row
MERGE (capability:Capability {id: row.id})
SET capability.name = row.name, capability.nameDe = row.nameDe, capability.description = row.description,
    capability.nsc = row.nsc, capability.cpv = row.cpv, capability.nace = row.nace, capability.edaCapTech = row.edaCapTech
WITH capability
CALL (capability) {
  OPTIONAL MATCH (capability)-[old:BROADER]->()
  DELETE old
}
WITH count(*) AS written
UNWIND $rows AS row
MATCH (capability:Capability {id: row.id})
MATCH (broader:Capability {id: row.parentId})
MERGE (capability)-[:BROADER]->(broader)
