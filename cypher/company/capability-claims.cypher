// The capability claims of the given companies: capability id, level, evidence, evidence level, source, last
// change. One query for a page of companies (a request's loader batches their ids): a seek per id, then its claims.
UNWIND $ids AS id
MATCH (:Company {id: id})-[claim:HAS_CAPABILITY]->(capability:Capability)
RETURN id AS companyId, capability.id AS capabilityId, claim {.level, .evidence, .evidenceLevel, .source, .updatedAt} AS claim
ORDER BY companyId, claim.level DESC, capabilityId
