// Test helper: one entity's degree summary gone, as for an entity written behind Sila's back.
MATCH (d:FactDegrees {entity_id: $id}) DELETE d
