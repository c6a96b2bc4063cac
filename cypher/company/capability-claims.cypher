// The capability claims of the given companies: capability id, level, evidence, evidence level.
UNWIND $ids AS id
MATCH (:Company {id: id})-[claim:HAS_CAPABILITY]->(capability:Capability)
RETURN id AS companyId, capability.id AS capabilityId, claim {.*} AS claim
ORDER BY companyId, claim.level DESC, capabilityId
