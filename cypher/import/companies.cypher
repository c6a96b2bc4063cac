// Import: creates or updates companies by id in one batch, with location, region and provenance;
// a clearance the file gives is confirmed (imports are staff's).
// Values left empty in the file are not touched. Returns how many rows it wrote.
UNWIND $rows AS row
MERGE (c:Company {id: row.id})
  ON CREATE SET c.createdAt = datetime()
SET c += row.properties,
    c.source = $source,
    c.updatedAt = datetime()
SET c.nameSort = toLower(c.name)
SET c.clearanceStatus = CASE WHEN row.properties.securityClearance IS NULL THEN c.clearanceStatus ELSE 'CONFIRMED' END
WITH c, row
CALL (c, row) {
  WITH c, row WHERE row.latitude IS NOT NULL AND row.longitude IS NOT NULL
  SET c.location = point({latitude: row.latitude, longitude: row.longitude})
}
CALL (c, row) {
  WITH c, row WHERE row.regionId IS NOT NULL
  OPTIONAL MATCH (c)-[old:LOCATED_IN]->()
  DELETE old
  WITH DISTINCT c, row
  MATCH (region:Region {id: row.regionId})
  MERGE (c)-[:LOCATED_IN]->(region)
}
RETURN count(*) AS written
