// Every relationship type that can join two entities: all types the database knows except the
// provenance ones (Article-HAS_SENTENCE->Sentence, Sentence-MENTIONS->Entity, Support-CITES->Sentence).
CALL db.relationshipTypes() YIELD relationshipType
WITH relationshipType WHERE NOT relationshipType IN ['MENTIONS', 'HAS_SENTENCE', 'CITES']
RETURN collect(relationshipType) AS types
