// The supply side of a gap analysis over everyone: for each needed capability with its minimum level, how many
// companies claim it or a narrower one at that level.
//
// Plan: the needs are expanded down the taxonomy first (a few dozen capabilities), so that each capability's claims
// are read once, with their level, however many needs above it count them; then each claim meets the needs of its
// capability. Walking the taxonomy once per need instead reads a domain's claims again for every need inside it:
// twice the rows on 100,000 companies. Counts only: the companies themselves are loaded for the gaps that show
// them (analysis/capability-holders).
UNWIND $needs AS need
MATCH (:Capability {id: need.capabilityId})<-[:BROADER*0..6]-(capability:Capability)
WITH capability, collect(need) AS needs
MATCH (capability)<-[claim:HAS_CAPABILITY]-(company)
WITH needs, company, claim.level AS level
UNWIND needs AS need
WITH need, company
WHERE level >= need.minLevel
RETURN need.capabilityId AS capabilityId, count(DISTINCT company) AS supplierCount
