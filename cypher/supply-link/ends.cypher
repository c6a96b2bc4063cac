// The two companies of a supply link and the end that entered it while it is pending (for the access
// checks before confirming or removing it). No row when it does not exist.
MATCH (supplier:Company)-[link:SUPPLIES {id: $id}]->(customer:Company)
RETURN supplier.id AS supplierId, customer.id AS customerId,
       CASE WHEN link.status = 'PENDING' THEN link.enteredBy END AS pendingFrom
