// The tier of each given company in every program it is connected to: the length of the shortest
// chain of that program's supply links up to the program's prime (1 = supplies the prime directly).
// Also returns the companies along that chain, from the company up to the prime.
UNWIND $ids AS id
MATCH (c:Company {id: id})-[first:SUPPLIES]->()
WITH DISTINCT c, first.programId AS programId
MATCH (program:Program {id: programId})-[:LED_BY]->(prime:Company)
MATCH chain = shortestPath((c)-[:SUPPLIES*1..8]->(prime))
WHERE all(link IN relationships(chain) WHERE link.programId = programId)
RETURN c.id AS companyId, programId, prime.id AS primeId, length(chain) AS tier,
       [n IN nodes(chain) | n.id] AS chainIds
ORDER BY companyId, tier, programId
