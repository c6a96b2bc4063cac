// Marks awarded assessments whose validity (an ISO date string) ended before $asOf as EXPIRED, with an
// audit event each. Returns the ids it expired.
MATCH (assessment:ReadinessAssessment {status: 'AWARDED'})
WHERE assessment.validUntil < $asOf
SET assessment.status = 'EXPIRED', assessment.updatedAt = datetime()
CREATE (:ReadinessEvent {id: assessment.id + '-expired-' + $asOf, from: 'AWARDED', to: 'EXPIRED', by: $by,
                         at: datetime(), reason: 'validity ended ' + assessment.validUntil})-[:ON]->(assessment)
RETURN assessment.id AS id
ORDER BY id
