// Removes a supply link by id. Returns the removed link, no row when it does not exist.
MATCH (supplier:Company)-[link:SUPPLIES {id: $id}]->(customer:Company)
WITH link, link {.*, status: coalesce(link.status, 'CONFIRMED'), shareableBySupplier: coalesce(link.shareableBySupplier, false),
             shareableByCustomer: coalesce(link.shareableByCustomer, false), supplierId: supplier.id, customerId: customer.id} AS removed
DELETE link
RETURN removed AS link
