// The supply side of a gap analysis in a network (with its sub-networks) or a region (with the regions inside):
// for each needed capability, how many companies of the scope claim it or a narrower one at the minimum level.
// $needsByCapability maps every capability a claim may be of to the needs it counts for (the needed capability
// and its minimum level), taken from the taxonomy by the service.
//
// Plan: starts from the scope's companies (seek of the network or region, members below it) and reads their
// claims; each claim looks its needs up in the map instead of walking up the taxonomy, which cost five expansions
// a claim (DEFENCE.NRW on the realistic graph: 165,000 claims, 655 ms that way, 318 ms this way). A capability
// nobody needs has no entry. The work grows with the scope, not with the graph.
CALL () {
  MATCH (:Network {id: $networkId})<-[:PART_OF*0..4]-(:Network)<-[:MEMBER_OF]-(company:Company)
  RETURN company
  UNION
  MATCH (:Region {id: $regionId})<-[:PART_OF*0..4]-(:Region)<-[:LOCATED_IN]-(company:Company)
  RETURN company
}
MATCH (company)-[claim:HAS_CAPABILITY]->(capability:Capability)
WITH company, claim.level AS level, $needsByCapability[capability.id] AS needs
WHERE needs IS NOT NULL
UNWIND needs AS need
WITH need, company
WHERE level >= need.minLevel
RETURN need.capabilityId AS capabilityId, count(DISTINCT company) AS supplierCount
