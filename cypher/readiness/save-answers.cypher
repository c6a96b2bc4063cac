// Replaces the answers and claims of an assessment that is still a draft. No row when it is not. The write
// lock is taken before the state is read, so that answers never land on an assessment submitted meanwhile.
MATCH (assessment:ReadinessAssessment {id: $id})
SET assessment._transitionLock = true
REMOVE assessment._transitionLock
WITH assessment
WHERE assessment.status = 'DRAFT'
CALL (assessment) {
  MATCH (old:ReadinessAnswer)-[:IN]->(assessment)
  DETACH DELETE old
}
CALL (assessment) {
  UNWIND $answers AS answer
  CREATE (:ReadinessAnswer {criterionId: answer.criterionId, fulfilled: answer.fulfilled, evidence: answer.evidence})-[:IN]->(assessment)
}
SET assessment.claimedCertificationIds = $claimedCertificationIds,
    assessment.secureInformationHandling = $secureInformationHandling,
    assessment.informationSecurityAlternative = $informationSecurityAlternative,
    assessment.productionEmployees = $productionEmployees,
    assessment.freeCapacityPercent = $freeCapacityPercent,
    assessment.onTimeDeliveryPercent = $onTimeDeliveryPercent,
    assessment.updatedAt = datetime()
RETURN assessment.id AS id
