// Degree summaries whose entity is gone, after a load that may have deleted entities it did not name.
MATCH (d:FactDegrees)
WHERE NOT EXISTS { (:Entity {id: d.entity_id}) }
DELETE d
RETURN count(*) AS count
