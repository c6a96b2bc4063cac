// Defence Ready assessments: unique ids, and the status that expiry and reports start from.
CREATE CONSTRAINT readiness_assessment_id IF NOT EXISTS FOR (n:ReadinessAssessment) REQUIRE n.id IS UNIQUE;
CREATE INDEX readiness_assessment_status IF NOT EXISTS FOR (n:ReadinessAssessment) ON (n.status);
