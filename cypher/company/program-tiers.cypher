// The tier of each given company in every program it is connected to: the length of the shortest
// chain of that program's confirmed supply links up to the program's prime (1 = supplies the prime
// directly; pending links set no tier).
// Also returns the companies along that chain, from the company up to the prime, and its links with
// their ends' consent to share them.
UNWIND $ids AS id
MATCH (c:Company {id: id})-[first:SUPPLIES]->()
WHERE coalesce(first.status, 'CONFIRMED') = 'CONFIRMED'
WITH DISTINCT c, first.programId AS programId
MATCH (program:Program {id: programId})-[:LED_BY]->(prime:Company)
MATCH chain = shortestPath((c)-[:SUPPLIES*1..8]->(prime))
WHERE all(link IN relationships(chain) WHERE link.programId = programId AND coalesce(link.status, 'CONFIRMED') = 'CONFIRMED')
RETURN c.id AS companyId, programId, prime.id AS primeId, length(chain) AS tier,
       [n IN nodes(chain) | n.id] AS chainIds,
       [link IN relationships(chain) | {supplierId: startNode(link).id, customerId: endNode(link).id,
         shareableBySupplier: link.shareableBySupplier, shareableByCustomer: link.shareableByCustomer}] AS chainLinks
ORDER BY companyId, tier, programId
