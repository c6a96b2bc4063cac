// Defence Ready assessments by id with their company, answers and audit trail (oldest event first).
UNWIND $ids AS id
MATCH (assessment:ReadinessAssessment {id: id})-[:OF]->(company:Company)
RETURN assessment {
  .*,
  companyId: company.id,
  answers: COLLECT { MATCH (answer:ReadinessAnswer)-[:IN]->(assessment) RETURN answer {.*} ORDER BY answer.criterionId },
  events: COLLECT { MATCH (event:ReadinessEvent)-[:ON]->(assessment) RETURN event {.*} ORDER BY event.at, event.id }
} AS assessment
