// The entities of the time axis, most connected first: events (dated or not), Date nodes, and any entity
// with a date of its own or a Date node it is ON_DATE or COVERS_PERIOD; with its own time properties and
// those of the earliest such Date node. One row more than $limit says there were more.
MATCH (e:Entity)
WHERE e:Event OR e:Date OR e.date IS NOT NULL OR EXISTS { (e)-[:ON_DATE|COVERS_PERIOD]->(:Date) }
CALL (e) {
  OPTIONAL MATCH (e)-[:ON_DATE|COVERS_PERIOD]->(d:Date)
  WITH d ORDER BY d.date_start, d.date
  RETURN collect(d {.date, .granularity, .date_start, .date_end})[0] AS via
}
WITH e, via, COUNT { (e)--(:Entity) } AS degree
ORDER BY degree DESC, e.id
LIMIT toInteger($limit) + 1
RETURN e.id AS id, [label IN labels(e) WHERE label <> 'Entity'][0] AS kind, e.name_ar AS label, e.name_en AS labelEn,
       e {.date, .granularity, .date_start, .date_end} AS own, via
