// The ids of the supply roles of the given programs, soonest deadline first.
UNWIND $ids AS id
MATCH (role:SupplyRole)-[:IN_PROGRAM]->(:Program {id: id})
WITH id, role ORDER BY role.deadline, role.id
RETURN id AS programId, collect(role.id) AS roleIds
