// Demo data: regions (Land > Regierungsbezirk > Kreis / kreisfreie Stadt), created or updated by id.
UNWIND $rows AS row
MERGE (region:Region {id: row.id})
SET region.name = row.name, region.kind = row.kind
WITH collect(row) AS rows
UNWIND rows AS row
MATCH (region:Region {id: row.id})
MATCH (parent:Region {id: row.parentId})
MERGE (region)-[:PART_OF]->(parent)
