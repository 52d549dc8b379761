import { describe, expect, it } from 'vitest';
import { CSV_HEADER, toCsv } from '../../lib/tracker';
import { csvCell } from '../../lib/tracker/csv';
import { makeRecord } from './helpers';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. Throws on anything else. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] !== '"') break;
        field += text[i];
        i += text[i] === '"' ? 2 : 1; // a doubled quote is one quote
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length) throw new Error('last record has no CRLF');
  return rows;
}

const applied = makeRecord('EPSO-1', {
  reference: 'EPSO/AD/403/24',
  notice: {
    title: 'Policy Officer, "Digital"',
    reference: 'EPSO/AD/403/24',
    institution: 'European Commission',
  },
  status: 'applied',
  appliedAt: '2026-05-03T08:15:00.000Z',
  notes: 'Sent CV.\nCall back on Monday; ask about "grade".',
});

describe('toCsv', () => {
  const csv = toCsv([applied, makeRecord('b', { notice: { deadline: null, title: null } })]);

  it('starts with a byte-order mark for Excel, then the header', () => {
    expect(csv.startsWith('\uFEFFTitle,Reference,Institution,Deadline (Brussels),Deadline (UTC),')).toBe(
      true,
    );
    expect(toCsv([], { bom: false })).toBe(`${CSV_HEADER.join(',')}\r\n`);
  });

  it('reads back, row by row, with a strict RFC 4180 reader', () => {
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows[1]).toEqual([
      'Policy Officer, "Digital"',
      'EPSO/AD/403/24',
      'European Commission',
      'Thu, 4 Jun 2026, 12:00 CEST (UTC+02:00) Brussels time',
      '2026-06-04T10:00:00.000Z',
      'Applied',
      '2026-04-20T08:00:00.000Z',
      '2026-05-03T08:15:00.000Z',
      'https://eu-careers.europa.eu/en/job-opportunities/EPSO-1',
      'Sent CV.\nCall back on Monday; ask about "grade".',
    ]);
    expect(rows[2]).toEqual([
      '',
      'EC/2026/b',
      'European Commission',
      '',
      '',
      'Saved',
      '2026-04-20T08:00:00.000Z',
      '',
      'https://eu-careers.europa.eu/en/job-opportunities/b',
      '',
    ]);
    expect(rows).toHaveLength(3);
  });

  it('quotes and doubles quotes', () => {
    expect(csv).toContain('"Policy Officer, ""Digital"""');
  });

  it.each([
    ['=HYPERLINK("http://evil","click")', `"'=HYPERLINK(""http://evil"",""click"")"`],
    ['+1-555', "'+1-555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['IT Officer = good', 'IT Officer = good'],
    ['', ''],
  ])('neutralises a formula: %j → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('neutralises formulas in every text column of a row', () => {
    const evil = makeRecord('e', {
      notice: { title: '=cmd|"/C calc"!A0', institution: '@Agency' },
      notes: '-notes',
      url: '+http://x',
    });
    const [, row] = readCsv(toCsv([evil], { bom: false }));
    expect([row[0], row[2], row[8], row[9]]).toEqual([
      '\'=cmd|"/C calc"!A0',
      "'@Agency",
      "'+http://x",
      "'-notes",
    ]);
  });
});
