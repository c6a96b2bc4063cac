// For duplicate detection: the companies in the given postal codes (id, name, postal code).
RETURN COLLECT {
  MATCH (c:Company) WHERE c.postalCode IN $postalCodes
  RETURN {id: c.id, name: c.name, postalCode: c.postalCode} AS company ORDER BY c.id
} AS samePostalCode
