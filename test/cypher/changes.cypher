// The recorded changes, newest first.
MATCH (c:Change)
RETURN c.action AS action, c.by AS by, c.article_id AS article, c.at AS at
ORDER BY c.at DESC
