// Demo data: certificates held by companies, with scope, validity and evidence level.
UNWIND $rows AS row
MATCH (c:Company {id: row.companyId})
MATCH (certification:Certification {id: row.certificationId})
MERGE (c)-[held:HOLDS]->(certification)
SET held.scope = row.scope, held.validFrom = date(row.validFrom), held.validUntil = date(row.validUntil),
    held.evidenceLevel = row.evidenceLevel, held.certificateNumber = row.certificateNumber,
    held.source = 'demo data'
