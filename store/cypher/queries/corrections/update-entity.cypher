// Writes an analyst's edit of an entity: the given properties set (null removes one), the kind label
// replaced when it changes, the edit version incremented and who edited it when recorded.
MATCH (e:Entity {id: $id})
SET e += $properties, e.version = coalesce(e.version, 0) + 1, e.edited_at = $at, e.edited_by = $by
WITH e
CALL (e) {
  WITH e WHERE $kind IS NOT NULL AND e.kind <> $kind
  REMOVE e:$(e.kind)
  SET e:$($kind), e.kind = $kind
  RETURN 1 AS changed
  UNION
  WITH e WHERE $kind IS NULL OR e.kind = $kind
  RETURN 0 AS changed
}
RETURN e.version AS version
