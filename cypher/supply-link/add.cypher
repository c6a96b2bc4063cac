// Adds (or updates) the supply link from supplier to customer for a program: at most one link per
// supplier, customer and program. Returns the link.
MATCH (supplier:Company {id: $supplierId})
MATCH (customer:Company {id: $customerId})
MERGE (supplier)-[link:SUPPLIES {programId: $programId}]->(customer)
  ON CREATE SET link.id = $id, link.createdAt = datetime()
SET link.product = $product,
    link.since = CASE WHEN $since IS NULL THEN null ELSE date($since) END,
    link.source = $source
RETURN link {.*, supplierId: supplier.id, customerId: customer.id} AS link
