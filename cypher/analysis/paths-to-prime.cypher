// The shortest supply paths from a company up to a prime, over confirmed links of any program: the companies
// along each path (from the company to the prime) and the links between them, with their ends' consent
// to share them.
MATCH (start:Company {id: $companyId}), (prime:Company {id: $primeId})
MATCH path = allShortestPaths((start)-[:SUPPLIES*1..8]->(prime))
WHERE all(link IN relationships(path) WHERE coalesce(link.status, 'CONFIRMED') = 'CONFIRMED')
RETURN [n IN nodes(path) | n.id] AS companyIds,
       [r IN relationships(path) | r {.id, .product, .programId, .shareableBySupplier, .shareableByCustomer}] AS links
LIMIT 1000
