// The companies that meet at least one of the given mandatory capabilities (a claim of it or a narrower one at
// the level), outside the buyer's group: the only ones that can bring something to a consortium.
// Plan: a NodeIndexSeek on Capability(id) per capability, Expand to the claims filtered by level, Distinct.
UNWIND $mandatoryCapabilities AS need
MATCH (capability:Capability)<-[claim:HAS_CAPABILITY]-(company:Company)
WHERE capability.id IN need.capabilityIds AND claim.level >= need.minLevel
WITH DISTINCT company
WHERE NOT company.id IN $excludedIds
RETURN company.id AS id
ORDER BY id
