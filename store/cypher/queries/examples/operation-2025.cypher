// Title: The February 2025 operation
// The Lions of the Caliphate operation and everything directly linked to it: agencies, cell, plot, arrests, the nine cities, the date.
MATCH p = (op:Event {id: 'lions-operation-2025'})-[r]-(x:Entity)
RETURN p
