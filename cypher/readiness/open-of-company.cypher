// The company's id if it exists, and the ids of its assessments that are still open (draft, submitted
// or in plausibility check): a company has at most one open assessment. Run after readiness/lock-company in
// the same transaction, so that concurrent starts see each other's drafts.
OPTIONAL MATCH (company:Company {id: $companyId})
RETURN company.id AS companyId,
       [(open:ReadinessAssessment)-[:OF]->(company) WHERE open.status IN ['DRAFT', 'SUBMITTED', 'IN_PLAUSIBILITY_CHECK'] | open.id] AS openIds
