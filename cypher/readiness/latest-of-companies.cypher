// The most recent Defence Ready assessment of each given company.
UNWIND $ids AS id
MATCH (assessment:ReadinessAssessment)-[:OF]->(:Company {id: id})
WITH id, assessment ORDER BY assessment.createdAt DESC, assessment.id DESC
WITH id, collect(assessment.id)[0] AS assessmentId
RETURN id AS companyId, assessmentId
