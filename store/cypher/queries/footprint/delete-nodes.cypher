// Deletes footprint nodes the snapshot being restored does not hold, with whatever relationships they have.
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
DETACH DELETE n
RETURN count(*) AS count
