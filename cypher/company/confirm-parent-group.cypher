// Staff confirm the parent group a company named itself. Returns the id, no row when the company does
// not exist (a company without a parent group is returned unchanged).
MATCH (c:Company {id: $id})
OPTIONAL MATCH (c)-[group:SUBSIDIARY_OF]->(:Company)
SET group.status = 'CONFIRMED'
RETURN DISTINCT c.id AS id
