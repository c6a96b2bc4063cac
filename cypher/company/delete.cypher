// Deletes a company with its contact persons, the supply roles it buys, its Defence Ready assessments
// and every relationship it has. Returns the deleted id, no row when the company does not exist.
MATCH (c:Company {id: $id})
CALL (c) {
  OPTIONAL MATCH (person:ContactPerson)-[:WORKS_FOR]->(c)
  DETACH DELETE person
}
CALL (c) {
  OPTIONAL MATCH (role:SupplyRole)-[:FOR_BUYER]->(c)
  DETACH DELETE role
}
CALL (c) {
  OPTIONAL MATCH (assessment:ReadinessAssessment)-[:OF]->(c)
  OPTIONAL MATCH (part)-[:IN|ON]->(assessment)
  DETACH DELETE part, assessment
}
WITH c, c.id AS id
DETACH DELETE c
RETURN id
