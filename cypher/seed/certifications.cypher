// Demo data: the certification catalogue, by id.
UNWIND $rows AS row
MERGE (certification:Certification {id: row.id})
SET certification.name = row.name, certification.category = row.category,
    certification.description = row.description, certification.validityYears = row.validityYears
