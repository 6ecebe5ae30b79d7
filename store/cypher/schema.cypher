// Sila's schema: constraints and indexes, every statement idempotent (IF NOT EXISTS).
// Applied by seed/loader.ts applySchema() and by the server at start-up; statements are split on semicolons.
// Model documentation: cypher/README.md.

// Stable ids: each managed node is found by its id (the loader MERGEs on these).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// Range indexes for ordering and filtering by time and position.
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX date_date IF NOT EXISTS FOR (n:Date) ON (n.date_start, n.date_end);
CREATE INDEX sentence_index IF NOT EXISTS FOR (n:Sentence) ON (n.index);
CREATE INDEX entity_name_en IF NOT EXISTS FOR (n:Entity) ON (n.name_en);
CREATE INDEX place_type IF NOT EXISTS FOR (n:Place) ON (n.place_type);

// Relationship property indexes: mentions by their surface form; an entity's mentions newest article first
// (`entity_id` repeats the mentioned entity's id so that the index can hold them by entity), one page at a
// time, however many there are.
CREATE INDEX mentions_surface IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.surface);
CREATE INDEX mentions_entity_article IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.entity_id, r.article_key);

// Full-text search over names. Full-text indexes only read string properties, so each entity also carries
// search_ar (its Arabic name and aliases, joined) and search_latin (English/French names, romanisations,
// acronyms and their accent-free forms, joined). The arabic analyzer folds hamza/alef/ya/ta marbuta,
// removes diacritics and tatweel and strips common prefixes such as ال, وال, بال, لل.
CREATE FULLTEXT INDEX entity_names_ar IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name_ar, n.search_ar]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
CREATE FULLTEXT INDEX entity_names_latin IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name_en, n.search_latin]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};

// Full-text search over the article's sentences (Arabic).
CREATE FULLTEXT INDEX sentence_text_ar IF NOT EXISTS
FOR (n:Sentence) ON EACH [n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};

// Corpus provenance (docs/decisions/0013-corpus-model.md): supports of facts, the graph version, recorded changes.
CREATE CONSTRAINT support_id IF NOT EXISTS FOR (n:Support) REQUIRE n.id IS UNIQUE;
CREATE INDEX support_fact IF NOT EXISTS FOR (n:Support) ON (n.fact_id);
// A fact's supports newest article first, one page at a time, and their review counts, however many there are.
CREATE INDEX support_fact_article IF NOT EXISTS FOR (n:Support) ON (n.fact_id, n.article_key);
CREATE INDEX support_fact_status IF NOT EXISTS FOR (n:Support) ON (n.fact_id, n.status);
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:SilaMeta) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE INDEX article_ingested IF NOT EXISTS FOR (n:Article) ON (n.ingested_at);
CREATE INDEX change_version IF NOT EXISTS FOR (n:Change) ON (n.graph_version);
CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (n:Redirect) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT note_id IF NOT EXISTS FOR (n:Note) REQUIRE n.id IS UNIQUE;
CREATE INDEX note_entity IF NOT EXISTS FOR (n:Note) ON (n.entity_id);
CREATE INDEX note_fact IF NOT EXISTS FOR (n:Note) ON (n.fact_id);
// Each entity's facts counted per type and direction, kept by the writer (docs/decisions/0025-fact-degree-summary.md).
CREATE CONSTRAINT fact_degrees_entity IF NOT EXISTS FOR (n:FactDegrees) REQUIRE n.entity_id IS UNIQUE;
CREATE CONSTRAINT workspace_id IF NOT EXISTS FOR (n:Workspace) REQUIRE n.id IS UNIQUE;
CREATE INDEX workspace_owner IF NOT EXISTS FOR (n:Workspace) ON (n.owner);
