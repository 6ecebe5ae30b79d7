import type { ExampleQuery } from '../../../contract/api.ts';
import { cypherFolder } from '../../../store/cypher-files.ts';

const TITLE = /^title:\s*(.*)$/i;
const TITLE_AR = /^title \(ar\):\s*(.*)$/i;
const DESCRIPTION_AR = /^description \(ar\):\s*(.*)$/i;

/**
 * Reads an example file: a leading comment block (`// Title: ...`, then description lines, and
 * optionally `// Title (ar): ...` and `// Description (ar): ...` for the Arabic interface) and the query
 * after it. The query is handed over without that block, ready for the console.
 */
export function parseExample(name: string, text: string): ExampleQuery {
  const lines = text.split('\n');
  let title = '';
  let titleAr = '';
  let descriptionAr = '';
  const description: string[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (!line.startsWith('//')) break;
    const comment = line.replace(/^\/\/\s?/, '').trim();
    const titledAr = TITLE_AR.exec(comment);
    const describedAr = DESCRIPTION_AR.exec(comment);
    const titled = TITLE.exec(comment);
    if (titledAr) titleAr = titledAr[1]?.trim() ?? '';
    else if (describedAr) descriptionAr = describedAr[1]?.trim() ?? '';
    else if (titled && title === '') title = titled[1]?.trim() ?? '';
    else if (comment !== '') description.push(comment);
  }
  return {
    name,
    title: title === '' ? name : title,
    description: description.join(' '),
    query: lines.slice(i).join('\n').trim(),
    ...(titleAr === '' ? {} : { titleAr }),
    ...(descriptionAr === '' ? {} : { descriptionAr }),
  };
}

/** Every example query in cypher/queries/examples, in file-name order. */
export function exampleQueries(): ExampleQuery[] {
  return cypherFolder('examples').map(({ name, text }) => parseExample(name.replace(/^examples\//, ''), text));
}
