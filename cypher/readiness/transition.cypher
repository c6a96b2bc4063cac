// Moves an assessment from one of the allowed states to the next, sets the given properties and
// records who did it and why. No row when the assessment is not in an allowed state. The write lock is taken
// before the state is read, so that of concurrent transitions from one state exactly one applies.
MATCH (assessment:ReadinessAssessment {id: $id})
SET assessment._transitionLock = true
REMOVE assessment._transitionLock
WITH assessment
WHERE assessment.status IN $from
WITH assessment, assessment.status AS previous
SET assessment += $properties,
    assessment.status = $to,
    assessment.updatedAt = datetime()
CREATE (:ReadinessEvent {id: $eventId, from: previous, to: $to, by: $by, at: datetime(), reason: $reason})-[:ON]->(assessment)
RETURN assessment.id AS id
