// Demo data: Defence Ready assessments with their answers and audit trail, one in each state of the workflow.
// Answers are replaced as a whole and events merged on their ids, so loading twice gives the same graph.
UNWIND $rows AS row
MATCH (company:Company {id: row.companyId})
MERGE (assessment:ReadinessAssessment {id: row.id})
SET assessment += row.properties,
    assessment.createdAt = datetime(row.createdAt),
    assessment.updatedAt = datetime(row.updatedAt)
MERGE (assessment)-[:OF]->(company)
WITH assessment, row
CALL (assessment) {
  MATCH (old:ReadinessAnswer)-[:IN]->(assessment)
  DETACH DELETE old
}
CALL (assessment, row) {
  UNWIND row.answers AS answer
  CREATE (:ReadinessAnswer {criterionId: answer.criterionId, fulfilled: answer.fulfilled, evidence: answer.evidence})-[:IN]->(assessment)
}
CALL (assessment, row) {
  UNWIND row.events AS event
  MERGE (e:ReadinessEvent {id: event.id})
  SET e.from = event.from, e.to = event.to, e.by = event.by, e.at = datetime(event.at), e.reason = event.reason
  MERGE (e)-[:ON]->(assessment)
}
