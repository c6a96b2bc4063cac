// @title Certificates expiring soon
// @description Certificates that run out within the given number of days, soonest first, optionally for one network.
// @param days Int default=90 min=1 max=3650 Days from today
// @param networkId ID optional Only members of this network (with its sub-networks)
MATCH (company:Company)-[held:HOLDS]->(certification:Certification)
WHERE held.validUntil >= date() AND held.validUntil <= date() + duration({days: $days})
  AND ($networkId IS NULL OR EXISTS { (company)-[:MEMBER_OF]->(:Network)-[:PART_OF*0..4]->(:Network {id: $networkId}) })
RETURN company.id AS companyId, company.name AS company, certification.name AS certification, held.validUntil AS validUntil,
       duration.inDays(date(), held.validUntil).days AS daysLeft
ORDER BY validUntil, company, certification
