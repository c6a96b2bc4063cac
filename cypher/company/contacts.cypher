// The contact persons of the given companies (fictional people in demo data).
UNWIND $ids AS id
MATCH (person:ContactPerson)-[:WORKS_FOR]->(:Company {id: id})
RETURN id AS companyId, person {.*} AS person
ORDER BY companyId, person.name
