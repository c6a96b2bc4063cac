// The prime of a program, or a prime's programs: the prime id and the program ids it leads.
OPTIONAL MATCH (program:Program {id: $programId})-[:LED_BY]->(programPrime:Company)
WITH coalesce(programPrime.id, $primeId) AS primeId, program
OPTIONAL MATCH (other:Program)-[:LED_BY]->(:Company {id: primeId})
RETURN primeId,
       CASE WHEN program IS NULL THEN collect(other.id) ELSE [program.id] END AS programIds
