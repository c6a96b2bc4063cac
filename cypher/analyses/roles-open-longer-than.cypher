// @title Roles open for a long time
// @description Open supply roles created more than the given number of days ago, oldest first.
// @param days Int default=60 min=0 max=3650 Minimum age in days
MATCH (role:SupplyRole {status: 'OPEN'})
WHERE role.createdAt <= datetime() - duration({days: $days})
OPTIONAL MATCH (role)-[:FOR_BUYER]->(buyer:Company)
RETURN role.id AS roleId, role.title AS role, buyer.name AS buyer, date(role.createdAt) AS openSince,
       duration.inDays(date(role.createdAt), date()).days AS daysOpen, role.deadline AS deadline
ORDER BY openSince, roleId
