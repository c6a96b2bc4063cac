// The certificates the given companies hold: certification id, scope, number, validity, evidence level, source.
// One query for a page of companies (a request's loader batches their ids): a seek per id, then its certificates.
UNWIND $ids AS id
MATCH (:Company {id: id})-[held:HOLDS]->(certification:Certification)
RETURN id AS companyId, certification.id AS certificationId,
       held {.scope, .certificateNumber, .validFrom, .validUntil, .evidenceLevel, .source} AS certificate
ORDER BY companyId, certificationId
