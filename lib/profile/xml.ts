/**
 * A small, tolerant XML reader for the files a candidate imports (Europass CVs). Pure: no DOM.
 *
 * It reads elements, attributes, text and CDATA into a tree and keeps only local names
 * ("hr:OrganizationName" → "OrganizationName"): Europass files mix four namespaces and the
 * prefixes vary between writers. It never expands entities other than the five predefined ones
 * and numeric references, so a DOCTYPE's entities (billion laughs, external files) do nothing.
 * Malformed markup is an error with its line number.
 */

export interface XmlElement {
  /** Local name, without the namespace prefix. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its descendants'), entities decoded, not trimmed. */
  text: string;
}

export type XmlReadResult = { ok: true; root: XmlElement } | { ok: false; message: string };

export interface XmlReadOptions {
  /** Elements deeper than this are refused (default 64). */
  maxDepth?: number;
  /** Elements in total (default 50 000). */
  maxElements?: number;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

/** Decodes &lt; &#233; &#xE9;; leaves unknown entities as they are. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}

const NAME = /[A-Za-z_][-A-Za-z0-9_.:]*/y;
const ATTR = /\s*([A-Za-z_][-A-Za-z0-9_.:]*)\s*=\s*("([^"]*)"|'([^']*)')/y;

function lineOf(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Reads XML text into a tree.
 *
 * @example
 * readXml('<a:Root x="1"><b>t &amp; u</b></a:Root>')
 * // → { ok: true, root: { name: 'Root', attrs: { x: '1' }, children: [{ name: 'b', text: 't & u', … }], text: '' } }
 */
export function readXml(source: string, options: XmlReadOptions = {}): XmlReadResult {
  const maxDepth = options.maxDepth ?? 64;
  const maxElements = options.maxElements ?? 50_000;
  const text = source.replace(/^\uFEFF/, '');
  const fail = (message: string, at: number): XmlReadResult => ({
    ok: false,
    message: `${message} (line ${lineOf(text, at)})`,
  });

  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = lt === -1 ? text.slice(i) : text.slice(i, lt);
    if (chunk !== '') {
      const top = stack[stack.length - 1];
      if (top) top.text += decodeEntities(chunk);
      else if (chunk.trim() !== '') return fail('Text outside the root element', i);
    }
    if (lt === -1) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end === -1) return fail('A comment is not closed', i);
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      if (end === -1) return fail('A CDATA section is not closed', i);
      const top = stack[stack.length - 1];
      if (!top) return fail('CDATA outside the root element', i);
      top.text += text.slice(i + 9, end);
      i = end + 3;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end === -1) return fail('A processing instruction is not closed', i);
      i = end + 2;
    } else if (text.startsWith('<!', i)) {
      // DOCTYPE (possibly with an internal subset in brackets): skipped, its entities never used.
      let depth = 0;
      let j = i + 2;
      for (; j < text.length; j++) {
        const c = text[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      if (j >= text.length) return fail('A declaration is not closed', i);
      i = j + 1;
    } else if (text.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(text);
      if (!m) return fail('A malformed end tag', i);
      const end = text.indexOf('>', NAME.lastIndex);
      if (end === -1 || text.slice(NAME.lastIndex, end).trim() !== '') return fail('A malformed end tag', i);
      const open = stack.pop();
      if (!open || open.name !== localName(m[0]))
        return fail(`</${m[0]}> does not close <${open?.name ?? 'nothing'}>`, i);
      i = end + 1;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(text);
      if (!m) return fail('A "<" that starts no tag', i);
      const element: XmlElement = { name: localName(m[0]), attrs: {}, children: [], text: '' };
      let j = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = j;
        const a = ATTR.exec(text);
        if (!a) break;
        element.attrs[localName(a[1])] = decodeEntities(a[3] ?? a[4] ?? '');
        j = ATTR.lastIndex;
      }
      while (j < text.length && /\s/.test(text[j])) j++;
      const selfClosing = text.startsWith('/>', j);
      if (!selfClosing && text[j] !== '>') return fail(`A malformed <${m[0]}> tag`, i);
      i = j + (selfClosing ? 2 : 1);
      count += 1;
      if (count > maxElements) return fail('Too many elements', i);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) return fail('A second root element', i);
      else root = element;
      if (!selfClosing) {
        if (stack.length >= maxDepth) return fail('Elements nested too deeply', i);
        stack.push(element);
      }
    }
  }
  if (!root) return { ok: false, message: 'There is no XML element in this file.' };
  if (stack.length > 0) return fail(`<${stack[stack.length - 1].name}> is not closed`, text.length);
  return { ok: true, root };
}

// ---- Navigation helpers -------------------------------------------------------------------

/** The first child with this local name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** Every child with this local name. */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((c) => c.name === name) ?? [];
}

/** Follows a path of local names, first match at each step. */
export function path(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = element;
  for (const name of names) current = child(current, name);
  return current;
}

/** Every element at the end of a path (all matches at each step). */
export function pathAll(element: XmlElement | undefined, ...names: string[]): XmlElement[] {
  let current = element ? [element] : [];
  for (const name of names) current = current.flatMap((e) => children(e, name));
  return current;
}

/** All text of an element and its descendants, whitespace collapsed. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const walk = (e: XmlElement) => {
    parts.push(e.text);
    for (const c of e.children) walk(c);
  };
  walk(element);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
