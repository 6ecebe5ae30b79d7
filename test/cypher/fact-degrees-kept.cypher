// Test helper: every entity's degree summary as the writer keeps it (null for an entity without one), and
// summaries left without their entity.
MATCH (n:Entity)
OPTIONAL MATCH (d:FactDegrees {entity_id: n.id})
RETURN n.id AS id, CASE WHEN d IS NULL THEN null ELSE
  [i IN range(0, size(d.out_types) - 1) | 'out ' + d.out_types[i] + ' ' + toString(d.out_counts[i])] +
  [i IN range(0, size(d.in_types) - 1) | 'in ' + d.in_types[i] + ' ' + toString(d.in_counts[i])] END AS degrees,
  COUNT { MATCH (orphan:FactDegrees) WHERE NOT EXISTS { (:Entity {id: orphan.entity_id}) } } AS orphans
ORDER BY id
