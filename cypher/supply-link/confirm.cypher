// Confirms a pending supply link (the other end or staff), recording who confirmed it. Returns the
// link, no row when it does not exist.
MATCH (supplier:Company)-[link:SUPPLIES {id: $id}]->(customer:Company)
SET link.status = 'CONFIRMED', link.confirmedBy = $source
RETURN link {.*, status: coalesce(link.status, 'CONFIRMED'), shareableBySupplier: coalesce(link.shareableBySupplier, false),
             shareableByCustomer: coalesce(link.shareableByCustomer, false), supplierId: supplier.id, customerId: customer.id} AS link
