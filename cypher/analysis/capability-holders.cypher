// The supply side of a gap analysis: for each capability with a minimum level, the companies claiming
// it or a narrower one at that level, each flagged whether it lies in the scope (a network with its
// sub-networks, a region with the regions inside it; no scope means everyone is in scope).
UNWIND $needs AS need
MATCH (capability:Capability {id: need.capabilityId})<-[:BROADER*0..6]-(:Capability)<-[claim:HAS_CAPABILITY]-(company:Company)
WHERE claim.level >= need.minLevel
WITH need, company, max(claim.level) AS level
RETURN need.capabilityId AS capabilityId, company.id AS companyId, company.name AS name, level,
       company.location AS location,
       (($networkId IS NULL OR EXISTS { (company)-[:MEMBER_OF]->(:Network)-[:PART_OF*0..4]->(:Network {id: $networkId}) })
        AND ($regionId IS NULL OR EXISTS { (company)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(:Region {id: $regionId}) })) AS inScope
ORDER BY capabilityId, companyId
