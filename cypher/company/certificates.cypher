// The certificates the given companies hold: certification id, scope, validity, evidence level.
UNWIND $ids AS id
MATCH (:Company {id: id})-[held:HOLDS]->(certification:Certification)
RETURN id AS companyId, certification.id AS certificationId, held {.*} AS certificate
ORDER BY companyId, certificationId
