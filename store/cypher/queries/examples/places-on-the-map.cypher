// Title: Places on the map
// Every place with its coordinates and type, and the events that took place there.
// Title (ar): الأماكن على الخريطة
// Description (ar): كل مكان بإحداثياته ونوعه، والأحداث التي وقعت فيه.
MATCH (p:Place)
OPTIONAL MATCH (e:Event)-[:TOOK_PLACE_IN]->(p)
RETURN p.name_en AS place, p.name_ar AS name_ar, p.place_type AS type, p.lat AS lat, p.lon AS lon, p.coordinates_precision AS precision, collect(e.name_en) AS events
ORDER BY type, place
