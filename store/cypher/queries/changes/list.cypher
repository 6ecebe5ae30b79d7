// The history, newest first, optionally about one entity or one article.
MATCH (c:Change)
WHERE ($entity IS NULL OR $entity IN c.entity_ids) AND ($article IS NULL OR c.article_id = $article)
RETURN c.id AS id, c.at AS at, c.by AS by, c.action AS action, c.summary AS summary, c.article_id AS articleId,
       coalesce(c.entity_ids, []) AS entityIds, coalesce(c.undoable, false) AS undoable, c.undone_at AS undoneAt,
       c.undone_by AS undoneBy, c.undoes AS undoes
ORDER BY c.graph_version DESC
LIMIT toInteger($limit)
