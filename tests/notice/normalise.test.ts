import { describe, expect, it } from 'vitest';
import { analyseNotice, detectFormat, normaliseNotice } from '../../lib/notice';
import { htmlToText } from '../../lib/notice/html-text';
import { LINE_TESTS } from '../../lib/notice/normalise';
import { toOriginalRange } from '../../lib/notice/text-map';

function originalOf(original: string, needle: string) {
  const n = normaliseNotice(original);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" not in normalised text:\n${n.text}`).toBeGreaterThanOrEqual(0);
  const r = toOriginalRange(n, at, at + needle.length);
  return original.slice(r.start, r.end);
}

describe('normaliseNotice', () => {
  it('strips Markdown and maps back to the marked-up original', () => {
    const md =
      '## **Job title\\*:** ICT Officer\n\nSee [CAST Permanent](https://example.eu) and Sweden<sup>1</sup>.\n\n**Contract Type:** 3b';
    const n = normaliseNotice(md, 'markdown');
    expect(n.text).toContain('Job title*: ICT Officer');
    expect(n.text).toContain('See CAST Permanent and Sweden.');
    expect(n.text).not.toContain('**');
    expect(originalOf(md, 'ICT Officer')).toBe('ICT Officer');
    expect(originalOf(md, 'Contract Type: 3b')).toBe('Contract Type:** 3b');
  });

  it('turns Markdown table rows into label and value lines', () => {
    const n = normaliseNotice(
      '# Notice\n\n| | |\n|---|---|\n| **Reference** | EC/2026/X/1 |\n| **Deadline** | 1 May 2026 |\n',
      'markdown',
    );
    expect(n.text).toContain('Reference\nEC/2026/X/1');
  });

  it('removes glued footnote markers and repeated page headers, and joins wrapped lines', () => {
    const pdf = [
      'These Member States are currently Austria, Malta and Sweden¹. Recruitment will however remain',
      'strictly based on merit.',
      '',
      '(Reference: Call for interest EC/2026/CNECT/510505)',
      '',
      'You will work closely with policy teams, translating business needs into',
      '',
      '(Reference: Call for interest EC/2026/CNECT/510505)',
      '',
      'secure and reliable digital solutions.',
      'ECHA/TA/2026/004 — Page 2 of 4',
      'ECHA/TA/2026/004 — Page 3 of 4',
    ].join('\n');
    const n = normaliseNotice(pdf, 'text');
    expect(n.text).toContain(
      'Austria, Malta and Sweden. Recruitment will however remain strictly based on merit.',
    );
    expect(n.text).toContain('translating business needs into secure and reliable digital solutions.');
    expect(n.text).not.toContain('(Reference:');
    expect(n.text).not.toContain('Page 2');
    expect(originalOf(pdf, 'remain strictly')).toBe('remain\nstrictly');
  });

  it('keeps list items and labels on their own lines', () => {
    const n = normaliseNotice(
      'We look for a candidate with the following skills that we need here:\n- skill one\n- skill two\nDeadline: 1 May 2026',
      'text',
    );
    expect(n.text.split('\n')).toEqual([
      'We look for a candidate with the following skills that we need here:',
      '- skill one',
      '- skill two',
      'Deadline: 1 May 2026',
    ]);
  });

  it('reads the visible text of HTML: no scripts, entities decoded, cells as lines, bullets kept', () => {
    const html =
      '<html><head><title>x</title><style>p{color:red}</style></head><body><script>var a="<p>hidden</p>";</script>' +
      '<h1>Project&nbsp;Officer &amp; Analyst</h1><table><tr><th>Deadline</th><td>12/03/2026\n   12:00</td></tr></table>' +
      '<ul><li>one</li><li>two</li></ul><p>Sweden<sup>2</sup> &#8211; ok</p></body></html>';
    expect(detectFormat(html)).toBe('html');
    const t = htmlToText(html).text;
    expect(t).not.toContain('hidden');
    expect(t).not.toContain('color:red');
    expect(t).toContain('Project Officer & Analyst');
    expect(t).toContain('Deadline\n12/03/2026 12:00');
    expect(t).toContain('- one\n- two');
    expect(t).toContain('Sweden – ok');
    const n = normaliseNotice(html);
    expect(originalOf(html, 'Analyst')).toBe('Analyst');
    expect(n.text).toContain('Project Officer & Analyst');
  });

  it('treats hostile markup as text', () => {
    const html = '<p>Title: &lt;img src=x onerror=alert(1)&gt;</p>';
    expect(normaliseNotice(html, 'html').text).toBe('Title: <img src=x onerror=alert(1)>');
  });

  it('drops a footnote marker glued to a word, but keeps two words it stands between apart', () => {
    expect(normaliseNotice('citizens of Sweden¹ or Norway²,', 'text').text).toBe(
      'citizens of Sweden or Norway,',
    );
    // Found by the property test (seed 2081314907): the reference ran into the next label.
    expect(normaliseNotice('Reference: EC/2026/X/1¹Deadline: 12 May', 'text').text).toBe(
      'Reference: EC/2026/X/1 Deadline: 12 May',
    );
    const a = analyseNotice('Reference: EC/2026/X/1¹Deadline: ', { force: true });
    expect(a.notice?.reference).toBe('EC/2026/X/1');
    expect(a.evidence.reference?.quote).toContain('EC/2026/X/1');
  });

  it('detects the three forms', () => {
    expect(detectFormat('## A\n\n**b** [c](d) and **e**')).toBe('markdown');
    expect(detectFormat('Plain text notice\nwith lines')).toBe('text');
    expect(detectFormat('<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
  });

  it('a <sup> footnote between a value and the next word parts them, in Markdown and in HTML', () => {
    const md = 'Reference: EC/2026/X/1<sup>1</sup>Deadline: 3 May 2026';
    expect(normaliseNotice(md, 'markdown').text).toBe('Reference: EC/2026/X/1 Deadline: 3 May 2026');
    expect(analyseNotice(md, { format: 'markdown', force: true }).notice?.reference).toBe('EC/2026/X/1');
    const html =
      '<p>Reference: EC/2026/X/1<sup>1</sup>Deadline: 3 May 2026</p><p>Sweden<sup>2</sup>, Malta</p>';
    expect(normaliseNotice(html, 'html').text).toBe(
      'Reference: EC/2026/X/1 Deadline: 3 May 2026\n\nSweden, Malta',
    );
  });

  it('a Markdown link glued to a word on either side is parted from it (found by the property test)', () => {
    const md = 'Reference: EC/2026/X/1[x](y)Deadline: 3 May 2026, see [the call](https://example.eu).';
    expect(normaliseNotice(md, 'markdown').text).toBe(
      'Reference: EC/2026/X/1 x Deadline: 3 May 2026, see the call.',
    );
    const a = analyseNotice('Reference: EC/2026/X/1[x](y)', { format: 'markdown', force: true });
    expect(a.notice?.reference).toBe('EC/2026/X/1');
  });
});

describe('line tests of the joining of lines', () => {
  it('answer exactly as the regexes they replace, on every short string of awkward characters', () => {
    const palette = [
      'a',
      'Z',
      '(',
      ')',
      '.',
      '!',
      '?',
      ':',
      ';',
      ',',
      '&',
      '–',
      '-',
      '"',
      "'",
      '”',
      '’',
      ' ',
      'é',
      'É',
      'ß',
      'ς',
      'Σ',
      'д',
      'Д',
      'ſ',
      'K',
      'ǅ',
      '1',
      '_',
      '\n',
      '\ud835\udc00',
      '\ud835\udc1a',
      '\ud800',
      'R',
      'd',
      'C',
      'b',
      'ref',
      'Deadline ',
      'closing date',
      'DATE LIMITE',
      'bewerbungsfrist',
      'reference.',
      'ŕef',
    ];
    let seed = 7;
    const pick = () => palette[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % palette.length];
    const strings = [''];
    for (const a of palette) for (const b of palette) strings.push(a + b);
    for (let k = 0; k < 3000; k++) strings.push(pick() + pick() + pick() + pick());
    for (const [fn, re] of LINE_TESTS)
      for (const s of strings) expect(fn(s), `${re} on ${JSON.stringify(s)}`).toBe(re.test(s));
  });
});

describe('formatting tags shown as text', () => {
  it('drops them (a <br /> is a line break, a footnote goes with its number) and keeps the offsets true', () => {
    const original =
      'CALL<br />\nthe <strong>European</strong> Agency in Sweden<sup>1</sup>. More<br />\n<b>text</b>';
    const mt = normaliseNotice(original, 'text');
    expect(mt.text).not.toMatch(/<|>/);
    expect(mt.text).toContain('the European Agency in Sweden. More');
    const at = mt.text.indexOf('European');
    const r = toOriginalRange(mt, at, at + 'European'.length);
    expect(original.slice(r.start, r.end)).toBe('European');
  });

  it('leaves a lone "<" or one tag-like word alone', () => {
    expect(normaliseNotice('Grade < AD 9 and a <b> marker', 'text').text).toContain(
      'Grade < AD 9 and a <b> marker',
    );
  });
});

describe('table rows whose opening bar the copy left out', () => {
  it('become a label line and a value line, each row apart, and are read as a table', () => {
    const text = [
      'MEDDELANDE OM LEDIG TJÄNST',
      'Befattning | Projektledare – dataskydd inom EU och internationellt |',
      'Tjänstegrupp/lönegrad | AD 5 |',
      'Referens | XYZ-TA-DP-AD5-2031 |',
      'Sista ansökningsdag | 25/02/2031 kl.13.00 (medeleuropeisk tid). |',
      'Anställningsort | Wien, Österrike |',
    ].join('\n');
    const n = analyseNotice(text, { force: true }).notice!;
    expect(n.title).toBe('Projektledare – dataskydd inom EU och internationellt');
    expect(n.reference).toBe('XYZ-TA-DP-AD5-2031');
    expect(n.location).toBe('Vienna');
    expect(n.grades).toEqual(['AD5']);
    expect(n.deadline).toBe('2031-02-25T13:00:00+01:00');
  });

  it('leaves a single line with bars alone', () => {
    expect(normaliseNotice('Menu | Home |\nThe post is in Brussels.', 'text').text).toContain('Menu | Home');
  });
});
