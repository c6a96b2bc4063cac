// Import of an export: creates a batch of nodes with their labels and typed properties, marked with
// their export key (removed when the import finishes).
UNWIND $rows AS row
CREATE (n:$(row.labels + ['TiergraphImport']) {tiergraphImportKey: row.key})
WITH n, row
UNWIND row.properties AS property
SET n[property.key] = CASE property.type
  WHEN 'date' THEN date(property.value)
  WHEN 'datetime' THEN datetime(property.value)
  WHEN 'point' THEN point(property.value)
  WHEN 'integer' THEN toInteger(property.value)
  WHEN 'float' THEN toFloat(property.value)
  ELSE property.value END
RETURN count(DISTINCT n) AS created
