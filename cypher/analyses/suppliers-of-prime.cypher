// @title Suppliers in a prime's chains
// @description Every company that supplies into a program of the given prime, directly or through other suppliers (confirmed links), with its shallowest tier.
// @param primeId ID required The prime
MATCH (prime:Company {id: $primeId})<-[:LED_BY]-(program:Program)
MATCH chain = (supplier:Company)-[:SUPPLIES*1..6]->(prime)
WHERE all(link IN relationships(chain) WHERE link.programId = program.id AND coalesce(link.status, 'CONFIRMED') = 'CONFIRMED')
WITH supplier, min(length(chain)) AS tier, collect(DISTINCT program.name) AS programs
RETURN supplier.id AS companyId, supplier.name AS company, tier, programs
ORDER BY tier, company
