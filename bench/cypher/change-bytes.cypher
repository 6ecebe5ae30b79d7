// How much the recorded changes weigh: their count and the size of their before/after snapshots.
MATCH (c:Change)
RETURN count(c) AS changes, sum(size(coalesce(c.before, '')) + size(coalesce(c.after, ''))) AS snapshotChars
