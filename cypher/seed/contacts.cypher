// Demo data: fictional contact persons.
UNWIND $rows AS row
MATCH (c:Company {id: row.companyId})
MERGE (person:ContactPerson {id: row.id})
SET person.name = row.name, person.function = row.function, person.email = row.email, person.phone = row.phone
MERGE (person)-[:WORKS_FOR]->(c)
