// Import: creates or updates certificates in one batch. A certificate backed by stronger evidence keeps
// its values. Returns how many rows it wrote.
UNWIND $rows AS row
MATCH (c:Company {id: row.companyId})
MATCH (certification:Certification {id: row.certificationId})
MERGE (c)-[held:HOLDS]->(certification)
WITH held, row, coalesce($evidenceRank[held.evidenceLevel], -1) > $evidenceRank[row.evidenceLevel] AS keepStronger
SET held += CASE WHEN keepStronger THEN {} ELSE {
      scope: row.scope, certificateNumber: row.certificateNumber,
      validFrom: CASE WHEN row.validFrom IS NULL THEN null ELSE date(row.validFrom) END,
      validUntil: CASE WHEN row.validUntil IS NULL THEN null ELSE date(row.validUntil) END,
      evidenceLevel: row.evidenceLevel, source: $source + ' line ' + toString(row.line), updatedAt: datetime()
    } END
RETURN count(*) AS written
