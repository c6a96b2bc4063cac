// Supply links touching the given companies, in both directions: as supplier (to its customers) and
// as customer (from its suppliers), pending and confidential ones included (the resolver decides who sees them).
UNWIND $ids AS id
MATCH (c:Company {id: id})
CALL (c) {
  MATCH (c)-[link:SUPPLIES]->(customer:Company)
  RETURN link, c.id AS supplierId, customer.id AS customerId
  UNION
  MATCH (supplier:Company)-[link:SUPPLIES]->(c)
  RETURN link, supplier.id AS supplierId, c.id AS customerId
}
RETURN id AS companyId,
       link {.*, status: coalesce(link.status, 'CONFIRMED'), shareableBySupplier: coalesce(link.shareableBySupplier, false),
             shareableByCustomer: coalesce(link.shareableByCustomer, false), supplierId: supplierId, customerId: customerId} AS link
ORDER BY companyId, link.id
