// Every network with its parent network and the number of direct members.
MATCH (network:Network)
OPTIONAL MATCH (network)-[:PART_OF]->(parent:Network)
RETURN network {.*, parentId: parent.id, memberCount: COUNT { (:Company)-[:MEMBER_OF]->(network) }} AS network
ORDER BY network.name, network.id
