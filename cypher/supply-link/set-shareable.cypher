// One end marks a supply link shareable (or not) for its own side: $side is 'supplier' or 'customer'.
// The link is shown to other company keys only when both ends marked it. Returns the link, no row when
// it does not exist.
MATCH (supplier:Company)-[link:SUPPLIES {id: $id}]->(customer:Company)
SET link.shareableBySupplier = CASE WHEN $side = 'supplier' THEN $shareable ELSE coalesce(link.shareableBySupplier, false) END,
    link.shareableByCustomer = CASE WHEN $side = 'customer' THEN $shareable ELSE coalesce(link.shareableByCustomer, false) END
RETURN link {.*, status: coalesce(link.status, 'CONFIRMED'), supplierId: supplier.id, customerId: customer.id} AS link
