// Adds (or updates) the supply link from supplier to customer for a program: at most one link per
// supplier, customer and program. A new link takes $status (PENDING when one end entered it, with
// that end in enteredBy); an existing one becomes CONFIRMED when staff write it or when the other end
// enters it too. Returns the link.
MATCH (supplier:Company {id: $supplierId})
MATCH (customer:Company {id: $customerId})
MERGE (supplier)-[link:SUPPLIES {programId: $programId}]->(customer)
  ON CREATE SET link.id = $id, link.createdAt = datetime(), link.status = $status, link.enteredBy = $enteredBy
  ON MATCH SET link.status = CASE
      WHEN $status = 'CONFIRMED' THEN 'CONFIRMED'
      WHEN link.status = 'PENDING' AND link.enteredBy <> $enteredBy THEN 'CONFIRMED'
      ELSE link.status END
SET link.product = $product,
    link.since = CASE WHEN $since IS NULL THEN null ELSE date($since) END,
    link.source = $source
RETURN link {.*, status: coalesce(link.status, 'CONFIRMED'), shareableBySupplier: coalesce(link.shareableBySupplier, false),
             shareableByCustomer: coalesce(link.shareableByCustomer, false), supplierId: supplier.id, customerId: customer.id} AS link
