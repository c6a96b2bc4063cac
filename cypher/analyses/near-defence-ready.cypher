// @title Companies one criterion short of readiness
// @description Companies without a valid Defence Ready label that meet all but one of five readiness criteria: a valid ISO 9001 (or a certificate including it), export control ready, a security clearance, ISO 27001 or TISAX, and at least one verified capability.
MATCH (company:Company)
WHERE coalesce(company.isPrime, false) = false
  AND NOT EXISTS { MATCH (label:ReadinessAssessment {status: 'AWARDED'})-[:OF]->(company) WHERE label.validUntil >= toString(date()) }
WITH company,
     EXISTS { MATCH (company)-[held:HOLDS]->(c:Certification)-[:INCLUDES*0..3]->(:Certification {id: 'iso-9001'})
              WHERE held.validUntil IS NULL OR held.validUntil >= date() } AS qualityManagement,
     company.exportControl = 'READY' AS exportControl,
     coalesce(company.securityClearance, 'NONE') <> 'NONE' AS securityClearance,
     EXISTS { MATCH (company)-[held:HOLDS]->(c:Certification) WHERE c.id IN ['iso-27001', 'tisax']
              AND (held.validUntil IS NULL OR held.validUntil >= date()) } AS informationSecurity,
     EXISTS { MATCH (company)-[claim:HAS_CAPABILITY]->() WHERE claim.evidenceLevel = 'VERIFIED' } AS verifiedCapability
WITH company, [name IN ['qualityManagement', 'exportControl', 'securityClearance', 'informationSecurity', 'verifiedCapability']
               WHERE NOT {qualityManagement: qualityManagement, exportControl: exportControl, securityClearance: securityClearance,
                          informationSecurity: informationSecurity, verifiedCapability: verifiedCapability}[name]] AS missing
WHERE size(missing) = 1
RETURN company.id AS companyId, company.name AS company, missing[0] AS missingCriterion
ORDER BY missingCriterion, company
