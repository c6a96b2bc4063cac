// The prime and the programs a chain report covers: for a program, its prime and the program itself;
// for a prime, the prime and every program it leads.
OPTIONAL MATCH (program:Program {id: $programId})-[:LED_BY]->(programPrime:Company)
WITH coalesce(programPrime.id, $primeId) AS primeId, program.id AS programId
RETURN primeId,
       CASE WHEN programId IS NULL
            THEN COLLECT { MATCH (other:Program)-[:LED_BY]->(:Company {id: primeId}) RETURN other.id ORDER BY other.id }
            ELSE [programId] END AS programIds
