// For duplicate detection: the companies in the given postal codes, in id order, each as [id, name, postal code];
// tens of thousands of them travel faster as lists of strings than as maps.
MATCH (c:Company) WHERE c.postalCode IN $postalCodes
WITH c ORDER BY c.id
RETURN collect([c.id, c.name, c.postalCode]) AS companies
