// Each entity's facts counted per type and direction, kept on its (:FactDegrees) summary, which explore/node reads
// instead of counting: a hub's summary reads like a leaf's (docs/decisions/0025-fact-degree-summary.md). Each
// count is a pattern Neo4j answers from its degree store (one type named statically, no label on the far end),
// one per fact type in the order of $types; the writer fills the outCounts and inCounts placeholders with them.
// Only the types an entity has are kept, each beside its count.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
MATCH (d:FactDegrees {entity_id: id})
WITH d, [{{outCounts}}] AS outs, [{{inCounts}}] AS ins
SET d.out_types = [i IN range(0, size($types) - 1) WHERE outs[i] > 0 | $types[i]],
    d.out_counts = [c IN outs WHERE c > 0],
    d.in_types = [i IN range(0, size($types) - 1) WHERE ins[i] > 0 | $types[i]],
    d.in_counts = [c IN ins WHERE c > 0]
RETURN count(d) AS count
