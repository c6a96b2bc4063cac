// Creates or replaces procurement programs by id, each led by its prime (none when primeId is null).
UNWIND $rows AS row
MERGE (program:Program {id: row.id})
SET program.name = row.name, program.description = row.description, program.customer = row.customer,
    program.domain = row.domain
WITH program, row
CALL (program) {
  OPTIONAL MATCH (program)-[old:LED_BY]->()
  DELETE old
}
WITH program, row
MATCH (prime:Company {id: row.primeId})
MERGE (program)-[:LED_BY]->(prime)
