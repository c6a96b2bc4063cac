// Creates or replaces regions by id (name, kind, AGS, NUTS), then links each to the region it lies in.
// Parents may be rows of the same batch.
UNWIND $rows AS row
MERGE (region:Region {id: row.id})
SET region.name = row.name, region.kind = row.kind, region.ags = row.ags, region.nuts = row.nuts
WITH region
CALL (region) {
  OPTIONAL MATCH (region)-[old:PART_OF]->(:Region)
  DELETE old
}
WITH count(*) AS written
UNWIND $rows AS row
MATCH (region:Region {id: row.id})
MATCH (parent:Region {id: row.parentId})
MERGE (region)-[:PART_OF]->(parent)
