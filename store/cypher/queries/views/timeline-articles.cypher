// Articles with a publication date, newest first: the "reported" items of the time axis.
MATCH (a:Article)
WHERE a.published IS NOT NULL
RETURN a.id AS id, coalesce(a.title, a.title_ar, a.title_en, a.outlet, a.id) AS label, a.title_en AS labelEn, a.published AS published
ORDER BY a.published DESC, a.id
LIMIT toInteger($limit) + 1
