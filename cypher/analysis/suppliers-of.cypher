// One step down a supply chain: the direct suppliers of the given companies over confirmed links of
// the given programs, with the link (and its ends' consent to share it).
UNWIND $ids AS id
MATCH (supplier:Company)-[link:SUPPLIES]->(customer:Company {id: id})
WHERE link.programId IN $programIds AND coalesce(link.status, 'CONFIRMED') = 'CONFIRMED'
RETURN supplier.id AS supplierId, customer.id AS customerId, link {.*} AS link
ORDER BY customerId, supplierId, link.programId
