// Replaces the certificates of a company with $certificates: certificates not listed are removed,
// listed ones created or updated. A certificate backed by stronger evidence than the new entry keeps
// its values: a later, weaker source does not overwrite a verified certificate. A certificate sent again
// unchanged (an editor sends the whole list) keeps its source and time. Returns the id.
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
       coalesce($evidenceRank[held.evidenceLevel], -1) > $evidenceRank[certificate.evidenceLevel]
       OR coalesce(held.evidenceLevel = certificate.evidenceLevel
                   AND coalesce(held.scope, '') = coalesce(certificate.scope, '')
                   AND coalesce(held.certificateNumber, '') = coalesce(certificate.certificateNumber, '')
                   AND coalesce(toString(held.validFrom), '') = coalesce(certificate.validFrom, '')
                   AND coalesce(toString(held.validUntil), '') = coalesce(certificate.validUntil, ''), false) AS keepStronger
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
