import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralised, spreadsheetCsv } from './spreadsheet.ts';

/** RFC 4180 fields, read the way a spreadsheet reads them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rows[rows.length - 1]?.push(field);
      field = '';
    } else if (c === '\r' && text.charAt(i + 1) === '\n') {
      rows[rows.length - 1]?.push(field);
      field = '';
      rows.push([]);
      i++;
    } else field += c;
  }
  return rows.filter((row) => row.length > 0);
}

describe('the spreadsheet table of console results', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '  =1', '\u00a0=1', '＝1', '＋1', '－1', '＠x']) expect(neutralised(text), JSON.stringify(text)).toBe(`'${text}`);
    for (const text of ['1+1', 'a=b', 'صلة', '', "'already"]) expect(neutralised(text)).toBe(text);
  });

  it('never lets a text cell start with a formula character, whatever it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', ' ', 'a', '"', ',', '\n', 'ا') }), { minLength: 1, maxLength: 4 }), (texts) => {
        const cells = parseCsv(spreadsheetCsv(['c'], texts.map((text) => [text]), 'en').replace(/^\ufeff/, '')).slice(1).map((row) => row[0] ?? '');
        expect(cells).toHaveLength(texts.length);
        cells.forEach((value, i) => {
          expect(value).not.toMatch(/^[\s]*[=+\-@]/);
          // The apostrophe is the only change.
          expect(value === texts[i] || value === `'${texts[i] ?? ''}`).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('keeps numbers as numbers, quotes what CSV needs quoted, and starts with a byte-order mark', () => {
    expect(spreadsheetCsv(['n', 'text'], [[-5, 'a, "b"'], [1.5, null]], 'en')).toBe('\ufeffn,text\r\n-5,"a, ""b"""\r\n1.5,null\r\n');
  });
});
