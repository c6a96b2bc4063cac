/**
 * The read-only queries of the explorer, run through runCypher with parameters (the graph's labels and types
 * are values here, never spliced into the text). A node is addressed by its label and its `id`.
 */

/**
 * The visible nodes with what styles them (the alphabetically first top network of a company, the domain of a
 * capability) and the relationships among them.
 */
export const VIEW_QUERY = `UNWIND $keys AS key
MATCH (n {id: key.id}) WHERE key.label IN labels(n)
WITH collect(n) AS shown
UNWIND shown AS n
CALL (n) {
  OPTIONAL MATCH (n:Company)-[:MEMBER_OF]->(:Network)-[:PART_OF*0..]->(top:Network) WHERE NOT (top)-[:PART_OF]->()
  RETURN min(top.name) AS network
}
CALL (n) {
  OPTIONAL MATCH (n:Capability)-[:BROADER*0..]->(top:Capability) WHERE NOT (top)-[:BROADER]->()
  RETURN head(collect(top {.name, .nameDe})) AS domain
}
CALL (n, shown) {
  OPTIONAL MATCH (n)-[r]->(m) WHERE m IN shown
  RETURN collect(r) AS outgoing
}
WITH collect({node: n, network: network, domain: domain}) AS nodes, collect(outgoing) AS outgoingLists
RETURN nodes, reduce(all = [], list IN outgoingLists | all + list) AS relationships`;

/** The selected node's relationship types by direction, with how many neighbours each reaches. */
export const NEIGHBOUR_TYPES_QUERY = `MATCH (n {id: $id}) WHERE $label IN labels(n)
MATCH (n)-[r]-(m) WHERE m.id IS NOT NULL
RETURN type(r) AS type, startNode(r) = n AS outgoing, collect(DISTINCT {label: labels(m)[0], id: m.id}) AS neighbours
ORDER BY type, outgoing DESC`;
