// What the plausibility checks compare a self-assessment with: the company's head count and the
// certifications it holds that are valid today (with those they include).
MATCH (company:Company {id: $companyId})
RETURN company.employees AS employees,
       [(company)-[held:HOLDS]->(certification:Certification)
         WHERE held.validUntil IS NULL OR held.validUntil >= date() | certification.id] AS validCertificationIds,
       [(company)-[held:HOLDS]->(:Certification)-[:INCLUDES*1..3]->(included:Certification)
         WHERE held.validUntil IS NULL OR held.validUntil >= date() | included.id] AS includedCertificationIds
