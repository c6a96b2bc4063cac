// The context of a buyer and program that scoring needs: the buyer's location and networks, the
// companies of its group by confirmed parent groups (never proposed), the program's prime and all programs of that prime.
OPTIONAL MATCH (buyer:Company {id: $buyerId})
OPTIONAL MATCH (program:Program {id: $programId})
OPTIONAL MATCH (program)-[:LED_BY]->(prime:Company)
RETURN buyer IS NOT NULL AS buyerFound,
       program IS NOT NULL AS programFound,
       buyer.location AS buyerLocation,
       [(buyer)-[:MEMBER_OF]->(network:Network) | network.id] AS buyerNetworkIds,
       CASE WHEN buyer IS NULL THEN [] ELSE
         [buyer.id] + [(buyer)-[group:SUBSIDIARY_OF]->(parent:Company) WHERE coalesce(group.status, 'CONFIRMED') = 'CONFIRMED' | parent.id]
                    + [(subsidiary:Company)-[group:SUBSIDIARY_OF]->(buyer) WHERE coalesce(group.status, 'CONFIRMED') = 'CONFIRMED' | subsidiary.id]
       END AS groupIds,
       prime.id AS primeId,
       [(prime)<-[:LED_BY]-(primeProgram:Program) | primeProgram.id] AS primeProgramIds
