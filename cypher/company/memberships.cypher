// The network memberships of the given companies, with the date they joined.
UNWIND $ids AS id
MATCH (:Company {id: id})-[membership:MEMBER_OF]->(network:Network)
RETURN id AS companyId, network.id AS networkId, membership.since AS since
ORDER BY companyId, networkId
