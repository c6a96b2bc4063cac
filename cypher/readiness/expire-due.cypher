// Marks awarded assessments whose validity (an ISO date string) ended before $asOf as EXPIRED, with an
// audit event each. Returns the ids it expired. Each candidate is locked before its state is read again, so
// that two runs at once (the schedule and a staff call) expire it once, with one event.
MATCH (assessment:ReadinessAssessment {status: 'AWARDED'})
WHERE assessment.validUntil < $asOf
SET assessment._transitionLock = true
REMOVE assessment._transitionLock
WITH assessment
WHERE assessment.status = 'AWARDED'
SET assessment.status = 'EXPIRED', assessment.updatedAt = datetime()
CREATE (:ReadinessEvent {id: assessment.id + '-expired-' + $asOf, from: 'AWARDED', to: 'EXPIRED', by: $by,
                         at: datetime(), reason: 'validity ended ' + assessment.validUntil})-[:ON]->(assessment)
RETURN assessment.id AS id
ORDER BY id
