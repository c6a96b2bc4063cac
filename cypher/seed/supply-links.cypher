// Demo data: supply links between companies for a program, confirmed.
UNWIND $rows AS row
MATCH (supplier:Company {id: row.supplierId})
MATCH (customer:Company {id: row.customerId})
MERGE (supplier)-[link:SUPPLIES {programId: row.programId}]->(customer)
SET link.id = row.id, link.product = row.product, link.since = date(row.since), link.source = 'demo data',
    link.status = 'CONFIRMED'
