// Demo data: companies with location, region and parent group, by id; its clearances and parent
// groups are confirmed.
UNWIND $rows AS row
MERGE (c:Company {id: row.id})
  ON CREATE SET c.createdAt = datetime()
SET c += row.properties,
    c.location = point({latitude: row.latitude, longitude: row.longitude}),
    c.clearanceStatus = 'CONFIRMED'
SET c.nameSort = toLower(c.name)
WITH c, row
MATCH (region:Region {id: row.regionId})
MERGE (c)-[:LOCATED_IN]->(region)
WITH collect(row) AS rows
UNWIND rows AS row
MATCH (c:Company {id: row.id})
MATCH (parent:Company {id: row.parentGroupId})
MERGE (c)-[group:SUBSIDIARY_OF]->(parent)
SET group.status = 'CONFIRMED'
