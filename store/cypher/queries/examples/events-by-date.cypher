// Title: Events by date
// Every event in time order: its date (its own, or the day of its ON_DATE node), type, timing in words and places; undated events last.
// Title (ar): الأحداث حسب التاريخ
// Description (ar): كل حدث بترتيب زمني: تاريخه (تاريخه الخاص أو يوم عقدة ON_DATE)، ونوعه، وتوقيته كما ورد، وأماكنه؛ والأحداث غير المؤرخة في الآخر.
MATCH (e:Event)
OPTIONAL MATCH (e)-[:ON_DATE]->(d:Date)
OPTIONAL MATCH (e)-[:TOOK_PLACE_IN]->(p:Place)
WITH e, min(d.date_start) AS dated, collect(DISTINCT p.name_en) AS places
WITH e, coalesce(e.date, dated) AS day, places
RETURN day, e.name_en AS event, e.event_type AS type, e.date_text AS timing, places, e.id AS id
ORDER BY day IS NULL, day, event
