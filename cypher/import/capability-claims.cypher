// Import: creates or updates capability claims in one batch. A claim backed by stronger evidence keeps
// its values: a later, weaker source does not overwrite a verified one. Returns how many rows it wrote.
UNWIND $rows AS row
MATCH (c:Company {id: row.companyId})
MATCH (capability:Capability {id: row.capabilityId})
MERGE (c)-[held:HAS_CAPABILITY]->(capability)
WITH held, row, coalesce($evidenceRank[held.evidenceLevel], -1) > $evidenceRank[row.evidenceLevel] AS keepStronger
SET held += CASE WHEN keepStronger THEN {} ELSE {
      level: row.level, evidence: row.evidence, evidenceLevel: row.evidenceLevel,
      source: $source + ' line ' + toString(row.line), updatedAt: datetime()
    } END
RETURN count(*) AS written
