// Test helper: an entity that exists only until the test deletes it again, to see how the client words the
// server's 404 for something it still shows.
MERGE (e:Entity:Organization {id: $id})
SET e.name_ar = $nameAr, e.name_en = $nameEn, e.kind = 'Organization'
RETURN e.id AS id
