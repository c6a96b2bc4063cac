// Demo data: the certification catalogue, by id, and which certification includes which (AQAP 2110
// includes ISO 9001, EN 9100 includes ISO 9001, ...).
UNWIND $rows AS row
MERGE (certification:Certification {id: row.id})
SET certification.name = row.name, certification.category = row.category,
    certification.description = row.description, certification.validityYears = row.validityYears,
    certification.isQualityManagement = coalesce(row.isQualityManagement, false)
WITH collect(row) AS rows
UNWIND rows AS row
UNWIND coalesce(row.includes, []) AS includedId
MATCH (certification:Certification {id: row.id})
MATCH (included:Certification {id: includedId})
MERGE (certification)-[:INCLUDES]->(included)
