// Demo data: network memberships with the date joined.
UNWIND $rows AS row
MATCH (c:Company {id: row.companyId})
MATCH (network:Network {id: row.networkId})
MERGE (c)-[membership:MEMBER_OF]->(network)
SET membership.since = date(row.since)
