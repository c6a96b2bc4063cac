// The shortest supply paths from a company up to a prime, over links of any program: the companies
// along each path (from the company to the prime) and the links between them.
MATCH (start:Company {id: $companyId}), (prime:Company {id: $primeId})
MATCH path = allShortestPaths((start)-[:SUPPLIES*1..8]->(prime))
RETURN [n IN nodes(path) | n.id] AS companyIds,
       [r IN relationships(path) | r {.id, .product, .programId}] AS links
LIMIT 1000
