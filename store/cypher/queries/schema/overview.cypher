// Labels and relationship types with their counts, from the count store (constant time at any size),
// plus every property key the database knows.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
WITH data
CALL () { CALL db.labels() YIELD label RETURN collect(label) AS labels }
CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS types }
CALL () { CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS propertyKeys }
WITH data, propertyKeys,
  [label IN labels |
    {label: label, count: coalesce(head([c IN data.nodes WHERE c.label = label | c.count]), 0)}] AS labels,
  [type IN types |
    {type: type, count: coalesce(head([c IN data.relationships
      WHERE c.relationshipType = type AND c.startLabel IS NULL AND c.endLabel IS NULL | c.count]), 0)}] AS types
// A label or type whose last node or relationship was deleted is still listed; it is no longer in use.
RETURN [l IN labels WHERE l.count > 0] AS labels, [t IN types WHERE t.count > 0] AS relationshipTypes, propertyKeys
