// Demo data: procurement programs and the prime that leads each.
UNWIND $rows AS row
MERGE (program:Program {id: row.id})
SET program.name = row.name, program.description = row.description, program.customer = row.customer,
    program.domain = row.domain
WITH program, row
MATCH (prime:Company {id: row.primeId})
MERGE (program)-[:LED_BY]->(prime)
