// @title Members per Kreis
// @description How many members of a network (with its sub-networks) sit in each Kreis or kreisfreie Stadt.
// @param networkId ID required The network
MATCH (:Network {id: $networkId})<-[:PART_OF*0..4]-(:Network)<-[:MEMBER_OF]-(company:Company)
WITH DISTINCT company
OPTIONAL MATCH (company)-[:LOCATED_IN]->(region:Region)
RETURN region.id AS regionId, region.name AS region, count(company) AS members
ORDER BY members DESC, region
