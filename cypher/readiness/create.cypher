// Starts a Defence Ready self-assessment in DRAFT for a company, with its first audit event.
MATCH (company:Company {id: $companyId})
CREATE (assessment:ReadinessAssessment {id: $id, status: 'DRAFT', createdAt: datetime(), updatedAt: datetime(),
                                        claimedCertificationIds: [], secureInformationHandling: false})-[:OF]->(company)
CREATE (:ReadinessEvent {id: $eventId, to: 'DRAFT', by: $by, at: datetime(), reason: 'self-assessment started'})-[:ON]->(assessment)
RETURN assessment.id AS id
