// Replaces the certificates of a company with $certificates: certificates not listed are removed,
// listed ones created or updated. A certificate backed by stronger evidence than the new entry keeps
// its values: a later, weaker source does not overwrite a verified certificate. Returns the id.
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
  WITH held, certificate,
       coalesce($evidenceRank[held.evidenceLevel], -1) > $evidenceRank[certificate.evidenceLevel] AS keepStronger
  SET held += CASE WHEN keepStronger THEN {} ELSE {
        scope: certificate.scope,
        certificateNumber: certificate.certificateNumber,
        validFrom: CASE WHEN certificate.validFrom IS NULL THEN null ELSE date(certificate.validFrom) END,
        validUntil: CASE WHEN certificate.validUntil IS NULL THEN null ELSE date(certificate.validUntil) END,
        evidenceLevel: certificate.evidenceLevel,
        source: certificate.source,
        updatedAt: datetime()
      } END
}
SET c.updatedAt = datetime()
RETURN c.id AS id
