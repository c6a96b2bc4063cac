// Deletes a company with its contact persons and every relationship it has. Returns the deleted id,
// no row when the company does not exist.
MATCH (c:Company {id: $id})
OPTIONAL MATCH (person:ContactPerson)-[:WORKS_FOR]->(c)
DETACH DELETE person
WITH DISTINCT c
WITH c, c.id AS id
DETACH DELETE c
RETURN id
