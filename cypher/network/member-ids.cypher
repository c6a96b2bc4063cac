// The ids of the companies that are members of the given networks, directly or through a sub-network.
UNWIND $ids AS id
MATCH (:Network {id: id})<-[:PART_OF*0..4]-(:Network)<-[:MEMBER_OF]-(member:Company)
WITH id, member ORDER BY member.name, member.id
RETURN id AS networkId, collect(DISTINCT member.id) AS memberIds
