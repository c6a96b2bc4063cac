// Supply links one end entered and the other end (or staff) has not confirmed yet, oldest first.
MATCH (supplier:Company)-[link:SUPPLIES {status: 'PENDING'}]->(customer:Company)
RETURN link {.*, shareableBySupplier: coalesce(link.shareableBySupplier, false), shareableByCustomer: coalesce(link.shareableByCustomer, false),
             supplierId: supplier.id, customerId: customer.id} AS link
ORDER BY link.createdAt, link.id
