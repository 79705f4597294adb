import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, flagsCsv, neutralise, quote, toCsv } from '../../../lib/digest/csv';
import { makeFlag, riverside } from './helpers';

/** A strict RFC 4180 reader, to check what a spreadsheet will see. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (c === '\n' || c === '\r' || c === '"') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      cell += c;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
};

describe('CSV of the week’s flags', () => {
  it('quotes per RFC 4180 and ends every record with CRLF', () => {
    expect(quote('plain')).toBe('plain');
    expect(quote('a,b')).toBe('"a,b"');
    expect(quote('say "hi"')).toBe('"say ""hi"""');
    expect(quote('two\nlines')).toBe('"two\nlines"');
    expect(
      toCsv([
        ['a', 1, undefined],
        ['b,c', 2.5, 'x'],
      ]),
    ).toBe('a,1,\r\n"b,c",2.5,x\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const evil of [
      '=HYPERLINK("http://evil.example","click")',
      '+1+1',
      '-2+3',
      '@SUM(A1:A2)',
      '\tcmd',
      '\r=1',
    ])
      expect(neutralise(evil)).toBe(`'${evil}`);
    expect(neutralise('safe = fine')).toBe('safe = fine');
    expect(toCsv([['=1+1', -5]])).toBe("'=1+1,-5\r\n");
  });

  it('writes one row per flag with hostile post text neutralised, quoted and kept whole', () => {
    const config = riverside();
    const text = '=cmd|\' /C calc\'!A0, "quoted", and\na new line';
    const csv = flagsCsv(
      [
        makeFlag({ id: 'threat:1', kind: 'threat', severity: 'critical', scopes: ['oakfield', 'kingsmead'] }),
        makeFlag({
          id: 'abuse:2',
          kind: 'abuse',
          severity: 'high',
          post: {
            id: '2',
            text,
            url: 'https://x.com/evil/status/2',
            authorId: '7',
            authorUsername: 'evil',
            createdAt: '2026-11-17T10:00:00.000Z',
            capturedAt: '2026-11-17T10:01:00.000Z',
            source: 'mention',
          },
          explanation: '@everyone look',
        }),
      ],
      config,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows[1]?.[col('academies')]).toBe('Oakfield Academy; Kingsmead Academy');
    expect(rows[1]?.[col('created_local')]).toBe('Tue 17 Nov 10:00');
    expect(rows[2]?.[col('excerpt')]).toBe(`'${text.replace(/\s+/g, ' ')}`);
    expect(rows[2]?.[col('explanation')]).toBe("'@everyone look");
    expect(rows[2]?.[col('author')]).toBe('evil');
    expect(rows[2]?.[col('severity')]).toBe('high');
    // No cell a spreadsheet would evaluate.
    for (const r of rows) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });
});
