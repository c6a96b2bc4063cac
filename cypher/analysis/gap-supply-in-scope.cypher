// The supply side of a gap analysis in a network (with its sub-networks) or a region (with the regions inside):
// for each needed capability, how many companies of the scope claim it or a narrower one at the minimum level
// ($minLevels: capability id -> level).
//
// Plan: starts from the scope's companies (seek of the network or region, members below it), reads their claims
// and walks up the taxonomy from each claimed capability; a capability nobody needs has no entry in $minLevels,
// and its rows fall out at the level test. The work grows with the scope, not with the graph.
CALL () {
  MATCH (:Network {id: $networkId})<-[:PART_OF*0..4]-(:Network)<-[:MEMBER_OF]-(company:Company)
  RETURN company
  UNION
  MATCH (:Region {id: $regionId})<-[:PART_OF*0..4]-(:Region)<-[:LOCATED_IN]-(company:Company)
  RETURN company
}
MATCH (company)-[claim:HAS_CAPABILITY]->(:Capability)-[:BROADER*0..6]->(needed:Capability)
WHERE claim.level >= $minLevels[needed.id]
RETURN needed.id AS capabilityId, count(DISTINCT company) AS supplierCount
