// @title Defence Ready worklist
// @description What the network office has to do about the label: assessments waiting for the plausibility check (oldest first), labels that run out within the given number of days, and labels that have run out (while no newer assessment exists). Column days: how long a check has waited, or the days left on a label (negative once run out). Optionally for one network.
// @param days Int default=90 min=1 max=3650 Days from today for labels running out
// @param networkId ID optional Only members of this network (with its sub-networks)
MATCH (assessment:ReadinessAssessment)-[:OF]->(company:Company)
WHERE ($networkId IS NULL OR EXISTS { (company)-[:MEMBER_OF]->(:Network)-[:PART_OF*0..4]->(:Network {id: $networkId}) })
WITH assessment, company,
     CASE
       WHEN assessment.status = 'IN_PLAUSIBILITY_CHECK' THEN 'CHECK_PLAUSIBILITY'
       WHEN assessment.status = 'EXPIRED' OR (assessment.status = 'AWARDED' AND assessment.validUntil < toString(date())) THEN 'EXPIRED'
       WHEN assessment.status = 'AWARDED' AND date(assessment.validUntil) <= date() + duration({days: $days}) THEN 'RUNS_OUT'
     END AS task
WHERE task IS NOT NULL
  // An expired label is only work while the company has no newer assessment.
  AND NOT (task = 'EXPIRED' AND EXISTS { MATCH (newer:ReadinessAssessment)-[:OF]->(company) WHERE newer.createdAt > assessment.createdAt })
RETURN task, company.id AS companyId, company.name AS company, assessment.id AS assessmentId, assessment.status AS status,
       coalesce(assessment.submittedAt, toString(date(assessment.createdAt))) AS submittedAt, assessment.validUntil AS validUntil,
       CASE task WHEN 'CHECK_PLAUSIBILITY' THEN duration.inDays(date(assessment.submittedAt), date()).days
                 ELSE duration.inDays(date(), date(assessment.validUntil)).days END AS days
ORDER BY CASE task WHEN 'CHECK_PLAUSIBILITY' THEN 0 WHEN 'RUNS_OUT' THEN 1 ELSE 2 END, submittedAt, validUntil, companyId
