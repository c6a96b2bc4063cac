// The context of each buyer and program ($pairs, answered with the index of the pair) that scoring needs: the
// buyer's location and networks, the companies of its group by confirmed parent groups (never proposed), the
// program's prime and all programs of that prime. One query for all the roles a company is evaluated against.
UNWIND range(0, size($pairs) - 1) AS index
WITH index, $pairs[index] AS pair
OPTIONAL MATCH (buyer:Company {id: pair.buyerId})
OPTIONAL MATCH (program:Program {id: pair.programId})
OPTIONAL MATCH (program)-[:LED_BY]->(prime:Company)
RETURN index,
       buyer IS NOT NULL AS buyerFound,
       program IS NOT NULL AS programFound,
       buyer.location AS buyerLocation,
       [(buyer)-[:MEMBER_OF]->(network:Network) | network.id] AS buyerNetworkIds,
       CASE WHEN buyer IS NULL THEN [] ELSE
         [buyer.id] + [(buyer)-[group:SUBSIDIARY_OF]->(parent:Company) WHERE coalesce(group.status, 'CONFIRMED') = 'CONFIRMED' | parent.id]
                    + [(subsidiary:Company)-[group:SUBSIDIARY_OF]->(buyer) WHERE coalesce(group.status, 'CONFIRMED') = 'CONFIRMED' | subsidiary.id]
       END AS groupIds,
       prime.id AS primeId,
       [(prime)<-[:LED_BY]-(primeProgram:Program) | primeProgram.id] AS primeProgramIds
