// Demo data: companies with location, region and parent group, by id.
UNWIND $rows AS row
MERGE (c:Company {id: row.id})
  ON CREATE SET c.createdAt = datetime()
SET c += row.properties,
    c.location = point({latitude: row.latitude, longitude: row.longitude})
WITH c, row
MATCH (region:Region {id: row.regionId})
MERGE (c)-[:LOCATED_IN]->(region)
WITH collect(row) AS rows
UNWIND rows AS row
MATCH (c:Company {id: row.id})
MATCH (parent:Company {id: row.parentGroupId})
MERGE (c)-[:SUBSIDIARY_OF]->(parent)
