// @title Open roles due soon
// @description Open supply roles whose deadline falls within the given number of days.
// @param days Int default=30 min=1 max=3650 Days from today
MATCH (role:SupplyRole {status: 'OPEN'})
WHERE role.deadline >= date() AND role.deadline <= date() + duration({days: $days})
OPTIONAL MATCH (role)-[:FOR_BUYER]->(buyer:Company)
OPTIONAL MATCH (role)-[:IN_PROGRAM]->(program:Program)
RETURN role.id AS roleId, role.title AS role, buyer.name AS buyer, program.name AS program, role.deadline AS deadline
ORDER BY deadline, roleId
