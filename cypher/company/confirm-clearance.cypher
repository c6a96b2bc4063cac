// Staff confirm a company's security clearance (the flag only; no document). Returns the id, no row
// when the company does not exist.
MATCH (c:Company {id: $id})
SET c.clearanceStatus = 'CONFIRMED', c.updatedAt = datetime()
RETURN c.id AS id
