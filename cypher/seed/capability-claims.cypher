// Demo data: capability claims (level 1 to 5, evidence, evidence level).
UNWIND $rows AS row
MATCH (c:Company {id: row.companyId})
MATCH (capability:Capability {id: row.capabilityId})
MERGE (c)-[claim:HAS_CAPABILITY]->(capability)
SET claim.level = row.level, claim.evidence = row.evidence, claim.evidenceLevel = row.evidenceLevel,
    claim.source = 'demo data'
