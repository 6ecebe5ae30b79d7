// One temporal value of the given type built from its fields, with the text Neo4j itself writes for it.
WITH $f AS f
WITH CASE $type
  WHEN 'date' THEN date({year: f.year, month: f.month, day: f.day})
  WHEN 'localtime' THEN localtime({hour: f.hour, minute: f.minute, second: f.second, nanosecond: f.nanosecond})
  WHEN 'time' THEN time({hour: f.hour, minute: f.minute, second: f.second, nanosecond: f.nanosecond, timezone: f.zone})
  WHEN 'localdatetime' THEN localdatetime({year: f.year, month: f.month, day: f.day, hour: f.hour, minute: f.minute, second: f.second, nanosecond: f.nanosecond})
  WHEN 'datetime' THEN datetime({year: f.year, month: f.month, day: f.day, hour: f.hour, minute: f.minute, second: f.second, nanosecond: f.nanosecond, timezone: f.zone})
  WHEN 'duration' THEN duration({months: f.months, days: f.days, seconds: f.seconds, nanoseconds: f.nanoseconds})
END AS value
RETURN value, toString(value) AS text
