// The two companies of a supply link (for the access check before removing it). No row when it does not exist.
MATCH (supplier:Company)-[link:SUPPLIES {id: $id}]->(customer:Company)
RETURN supplier.id AS supplierId, customer.id AS customerId
