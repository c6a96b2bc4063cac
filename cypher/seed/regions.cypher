// Demo data: regions (Land > Regierungsbezirk > Kreis / kreisfreie Stadt) with their official key (AGS, may be
// missing), created or updated by id.
UNWIND $rows AS row
MERGE (region:Region {id: row.id})
SET region.name = row.name, region.kind = row.kind, region.ags = row.ags
WITH collect(row) AS rows
UNWIND rows AS row
MATCH (region:Region {id: row.id})
MATCH (parent:Region {id: row.parentId})
MERGE (region)-[:PART_OF]->(parent)
