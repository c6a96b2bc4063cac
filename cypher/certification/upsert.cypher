// Creates or replaces certifications by id, with the quality-management flag, then replaces what each
// includes (AQAP 2110 includes ISO 9001). Included certifications may be rows of the same batch.
UNWIND $rows AS row
MERGE (certification:Certification {id: row.id})
SET certification.name = row.name, certification.category = row.category, certification.description = row.description,
    certification.validityYears = row.validityYears, certification.isQualityManagement = row.isQualityManagement
WITH certification
CALL (certification) {
  OPTIONAL MATCH (certification)-[old:INCLUDES]->()
  DELETE old
}
WITH count(*) AS written
UNWIND $rows AS row
UNWIND row.includes AS includedId
MATCH (certification:Certification {id: row.id})
MATCH (included:Certification {id: includedId})
MERGE (certification)-[:INCLUDES]->(included)
