// Title: The February 2025 operation
// The Lions of the Caliphate operation and everything directly linked to it: agencies, cell, plot, arrests, the nine cities, the date.
// Title (ar): عملية فبراير 2025
// Description (ar): عملية خلية أسود الخلافة وكل ما يرتبط بها مباشرة: الأجهزة، والخلية، والمخطط، والتوقيفات، والمدن التسع، والتاريخ.
MATCH p = (op:Event {id: 'lions-operation-2025'})-[r]-(x:Entity)
RETURN p
