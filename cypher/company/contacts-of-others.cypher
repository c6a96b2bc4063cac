// Of the given contact person ids, those that work for a company other than $companyId: a company's input may
// name only its own contact persons (and new ones).
UNWIND $contactIds AS contactId
MATCH (person:ContactPerson {id: contactId})-[:WORKS_FOR]->(other:Company)
WHERE other.id <> $companyId
RETURN DISTINCT contactId
