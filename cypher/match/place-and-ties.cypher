// Where each given company is and whom it is tied to (confirmed supply links, networks): enough to bound its
// score from above, so that of many eligible companies only those that can still rank among the best are
// loaded in full (match/company-facts) and scored.
// Plan: a NodeIndexSeek on Company(id) per id, then an expand of its own SUPPLIES and MEMBER_OF relationships.
UNWIND $ids AS id
MATCH (c:Company {id: id})
RETURN c.id AS id,
       c.location AS location,
       [(c)-[link:SUPPLIES]->(customer:Company) WHERE coalesce(link.status, 'CONFIRMED') = 'CONFIRMED' | {customerId: customer.id, programId: link.programId}] AS supplies,
       [(c)-[:MEMBER_OF]->(network:Network) | network.id] AS networkIds
