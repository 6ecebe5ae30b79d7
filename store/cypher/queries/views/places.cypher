// Places with coordinates, the most connected first, each with the entities its facts join it to (at most
// $ties of them, places it lies in first) and how many there are in all.
MATCH (p:Place)
WHERE toFloatOrNull(p.lat) >= -90 AND toFloatOrNull(p.lat) <= 90 AND toFloatOrNull(p.lon) >= -180 AND toFloatOrNull(p.lon) <= 180
WITH p, COUNT { (p)--(:Entity) } AS degree
ORDER BY degree DESC, p.id
LIMIT toInteger($limit) + 1
CALL (p) {
  OPTIONAL MATCH (p)-[r]-(e:Entity)
  WHERE e <> p
  WITH r, e, CASE WHEN startNode(r) = p THEN 'out' ELSE 'in' END AS direction
  ORDER BY CASE WHEN e:Place THEN 0 ELSE 1 END, type(r), e.id
  WITH collect(CASE WHEN e IS NULL THEN null ELSE {id: e.id, kind: [label IN labels(e) WHERE label <> 'Entity'][0], label: coalesce(e.name_ar, e.name_en, e.id),
                    labelEn: e.name_en, type: type(r), direction: direction} END) AS tied
  RETURN tied[0..toInteger($ties)] AS ties, size(tied) AS tieCount
}
RETURN p.id AS id, coalesce(p.name_ar, p.name_en, p.id) AS label, p.name_en AS labelEn, toFloatOrNull(p.lat) AS lat, toFloatOrNull(p.lon) AS lon,
       p.place_type AS placeType, p.coordinates_precision AS precision, ties, tieCount
