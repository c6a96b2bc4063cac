// Creates or updates a company. Properties given as null are removed; absent ones stay. Region,
// parent group, memberships and contacts are replaced when given ($setX flags). A clearance given
// takes $clearanceStatus, except that a PENDING write of the clearance it already has keeps its
// status. A new parent group takes $parentGroupStatus; the one it already has keeps its status
// unless staff write it (CONFIRMED). Returns the id.
MERGE (c:Company {id: $id})
  ON CREATE SET c.createdAt = datetime()
WITH c, coalesce(c.securityClearance, 'NONE') AS previousClearance
SET c += $properties,
    c.updatedAt = datetime()
SET c.nameSort = toLower(c.name)
SET c.clearanceStatus = CASE
      WHEN $clearanceStatus IS NULL THEN c.clearanceStatus
      WHEN $clearanceStatus = 'PENDING' AND previousClearance = coalesce(c.securityClearance, 'NONE') THEN c.clearanceStatus
      ELSE $clearanceStatus END
WITH c
CALL (c) {
  WITH c WHERE $setLocation
  SET c.location = CASE WHEN $location IS NULL THEN null
                        ELSE point({latitude: $location.latitude, longitude: $location.longitude}) END
}
CALL (c) {
  WITH c WHERE $setRegion
  OPTIONAL MATCH (c)-[old:LOCATED_IN]->()
  DELETE old
  WITH DISTINCT c
  MATCH (region:Region {id: $regionId})
  MERGE (c)-[:LOCATED_IN]->(region)
}
CALL (c) {
  WITH c WHERE $setParentGroup
  OPTIONAL MATCH (c)-[old:SUBSIDIARY_OF]->(oldParent:Company)
  WHERE $parentGroupId IS NULL OR oldParent.id <> $parentGroupId
  DELETE old
  WITH DISTINCT c
  MATCH (parent:Company {id: $parentGroupId})
  MERGE (c)-[group:SUBSIDIARY_OF]->(parent)
    ON CREATE SET group.status = $parentGroupStatus
    ON MATCH SET group.status = CASE WHEN $parentGroupStatus = 'CONFIRMED' THEN 'CONFIRMED' ELSE group.status END
}
CALL (c) {
  WITH c WHERE $setMemberships
  OPTIONAL MATCH (c)-[old:MEMBER_OF]->(network:Network)
  WHERE NOT network.id IN [m IN $memberships | m.networkId]
  DELETE old
  WITH DISTINCT c
  UNWIND $memberships AS membership
  MATCH (network:Network {id: membership.networkId})
  MERGE (c)-[m:MEMBER_OF]->(network)
  SET m.since = CASE WHEN membership.since IS NULL THEN null ELSE date(membership.since) END
}
CALL (c) {
  WITH c WHERE $setContacts
  OPTIONAL MATCH (old:ContactPerson)-[:WORKS_FOR]->(c)
  WHERE NOT old.id IN [p IN $contacts | p.id]
  DETACH DELETE old
  WITH DISTINCT c
  UNWIND $contacts AS contact
  MERGE (person:ContactPerson {id: contact.id})
  SET person.name = contact.name, person.function = contact.function,
      person.email = contact.email, person.phone = contact.phone
  MERGE (person)-[:WORKS_FOR]->(c)
}
RETURN c.id AS id
