// Import: creates or updates supply links in one batch, one per supplier, customer and program, with
// a stable id; staff's imports are confirmed. Returns how many rows it wrote.
UNWIND $rows AS row
MATCH (supplier:Company {id: row.supplierId})
MATCH (customer:Company {id: row.customerId})
MERGE (supplier)-[link:SUPPLIES {programId: row.programId}]->(customer)
  ON CREATE SET link.id = 'link-' + row.programId + '-' + row.supplierId + '-' + row.customerId, link.createdAt = datetime()
SET link.product = coalesce(row.product, link.product),
    link.since = CASE WHEN row.since IS NULL THEN link.since ELSE date(row.since) END,
    link.source = $source + ' line ' + toString(row.line),
    link.status = 'CONFIRMED'
RETURN count(*) AS written
