// A write behind Sila's back: changes a sentence's text without recording it.
MATCH (s:Sentence {id: $id})
SET s.text = $text
