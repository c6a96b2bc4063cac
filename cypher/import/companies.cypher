// Import: creates or updates companies by id in one batch, with location, region and provenance;
// a clearance the file gives is confirmed (imports are staff's).
// Values left empty in the file are not touched. Returns how many rows it wrote.
// A company already in the file's region keeps its LOCATED_IN relationship: only one to another region is
// replaced, so a re-import rewrites no relationship.
UNWIND $rows AS row
MERGE (c:Company {id: row.id})
  ON CREATE SET c.createdAt = datetime()
SET c += row.properties,
    c.source = $source,
    c.updatedAt = datetime()
SET c.nameSort = toLower(c.name)
SET c.clearanceStatus = CASE WHEN row.properties.securityClearance IS NULL THEN c.clearanceStatus ELSE 'CONFIRMED' END,
    c.location = CASE
      WHEN row.latitude IS NULL OR row.longitude IS NULL THEN c.location
      ELSE point({latitude: row.latitude, longitude: row.longitude})
    END
WITH c, row
CALL (c, row) {
  WITH c, row WHERE row.regionId IS NOT NULL
  OPTIONAL MATCH (c)-[old:LOCATED_IN]->(other) WHERE other.id <> row.regionId
  DELETE old
  WITH DISTINCT c, row
  MATCH (region:Region {id: row.regionId})
  MERGE (c)-[:LOCATED_IN]->(region)
}
RETURN count(*) AS written
