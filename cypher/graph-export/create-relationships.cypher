// Import of an export: creates a batch of relationships between nodes found by their export key.
UNWIND $rows AS row
MATCH (a:TiergraphImport {tiergraphImportKey: row.start})
MATCH (b:TiergraphImport {tiergraphImportKey: row.end})
CREATE (a)-[r:$(row.type)]->(b)
WITH r, row
UNWIND row.properties AS property
SET r[property.key] = CASE property.type
  WHEN 'date' THEN date(property.value)
  WHEN 'datetime' THEN datetime(property.value)
  WHEN 'point' THEN point(property.value)
  WHEN 'integer' THEN toInteger(property.value)
  WHEN 'float' THEN toFloat(property.value)
  ELSE property.value END
RETURN count(DISTINCT r) AS created
