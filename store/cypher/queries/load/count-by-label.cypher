// Number of managed nodes per label.
MATCH (n)
WHERE n:Article OR n:Sentence OR n:Entity OR n:Support
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
