// Replaces the certificates of a company with $certificates: certificates not listed are removed,
// listed ones created or updated. Returns the company id.
MATCH (c:Company {id: $companyId})
CALL (c) {
  MATCH (c)-[old:HOLDS]->(certification:Certification)
  WHERE NOT certification.id IN [certificate IN $certificates | certificate.certificationId]
  DELETE old
}
CALL (c) {
  UNWIND $certificates AS certificate
  MATCH (certification:Certification {id: certificate.certificationId})
  MERGE (c)-[held:HOLDS]->(certification)
  SET held.scope = certificate.scope,
      held.certificateNumber = certificate.certificateNumber,
      held.validFrom = CASE WHEN certificate.validFrom IS NULL THEN null ELSE date(certificate.validFrom) END,
      held.validUntil = CASE WHEN certificate.validUntil IS NULL THEN null ELSE date(certificate.validUntil) END,
      held.evidenceLevel = certificate.evidenceLevel,
      held.source = certificate.source,
      held.updatedAt = datetime()
}
SET c.updatedAt = datetime()
RETURN c.id AS id
