// Sets the review status of supports, with who reviewed them and when.
UNWIND $ids AS id
MATCH (p:Support {id: id})
SET p.status = $status, p.reviewed_by = $by, p.reviewed_at = $at
RETURN count(p) AS count
