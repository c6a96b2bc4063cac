// Every procurement program with the id of the prime that leads it.
MATCH (program:Program)
OPTIONAL MATCH (program)-[:LED_BY]->(prime:Company)
RETURN program {.*, primeId: prime.id} AS program
ORDER BY program.name, program.id
