// Stable ids of nodes known only by element id: the far ends of relationships a console query returned
// without their nodes. A node without an `id` property gets null; the caller names it by element id.
UNWIND $elementIds AS elementId
MATCH (n) WHERE elementId(n) = elementId
RETURN elementId, n.id AS id
