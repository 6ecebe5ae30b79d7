// The number (1-based order) of each sentence named by id, for text that refers to sentences by id.
UNWIND $ids AS id
MATCH (s:Sentence {id: id})
RETURN s.id AS sentenceId, s.index AS index
