/**
 * The visible text of an HTML page, without a DOM (lib/ runs in Node and in
 * workers). Block elements and table cells become line breaks, script/style
 * content is dropped, entities are decoded; offsets map back into the HTML.
 */
import { MappedTextBuilder, type MappedText } from './text-map';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr',
  'ul',
]); // prettier-ignore

/** Elements whose content is never visible text. */
const HIDDEN_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'iframe',
  'object',
  'sup',
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', euro: '€', copy: '©', reg: '®',
  middot: '·', bull: '•', deg: '°', shy: '', eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á',
  agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å', iacute: 'í', icirc: 'î', iuml: 'ï',
  oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø', uacute: 'ú', ugrave: 'ù',
  ucirc: 'û', uuml: 'ü', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß', Eacute: 'É', Egrave: 'È', Auml: 'Ä',
  Ouml: 'Ö', Uuml: 'Ü', Ccedil: 'Ç', scaron: 'š', Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž', ccaron: 'č',
  Ccaron: 'Č', times: '×', sup1: '¹', sup2: '²', sup3: '³', ordm: 'º', ordf: 'ª',
}; // prettier-ignore

function decodeEntity(entity: string): string | null {
  if (entity[1] === '#') {
    const code =
      entity[2] === 'x' || entity[2] === 'X'
        ? parseInt(entity.slice(3, -1), 16)
        : parseInt(entity.slice(2, -1), 10);
    if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) return null;
    return String.fromCodePoint(code);
  }
  const named = NAMED_ENTITIES[entity.slice(1, -1)];
  return named ?? null;
}

const TOKEN_START = /[<&]/g;
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Where the tag name that starts at `from` ends ([a-zA-Z][\w:-]*, by hand: no match array per tag); `from` if none. */
function tagNameEnd(h: string, from: number): number {
  if (!isAsciiLetter(h.charCodeAt(from))) return from;
  let i = from + 1;
  for (
    let c = h.charCodeAt(i);
    isAsciiLetter(c) || (c >= 48 && c <= 58) || c === 95 || c === 45;
    c = h.charCodeAt(++i)
  );
  return i;
}

interface Token {
  index: number;
  end: number;
  /** The element's name (as written) for a start or end tag; undefined for comments, doctypes, entities. */
  tag: string | undefined;
}

/**
 * Finds what the regex `<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>|
 * <\/?([a-zA-Z][\w:-]*)[^>]*>|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`
 * would, in one linear pass: the regex rescans to the end of the page from every "<" that has no
 * ">" after it (a page of unclosed "<a" took seconds); here every "<" asks one shared pointer to
 * the next ">", which only moves forward.
 */
class Tokenizer {
  private gtFrom = 0;
  private gt = -2; // html.indexOf('>', gtFrom); -2: not looked up yet

  constructor(private readonly html: string) {}

  private nextGt(from: number): number {
    if (this.gt === -2 || from < this.gtFrom || (this.gt >= 0 && from > this.gt)) {
      this.gtFrom = from;
      this.gt = this.html.indexOf('>', from);
    }
    return this.gt;
  }

  next(from: number): Token | null {
    const h = this.html;
    TOKEN_START.lastIndex = from;
    for (let m = TOKEN_START.exec(h); m; m = TOKEN_START.exec(h)) {
      const i = m.index;
      if (h[i] === '&') {
        ENTITY.lastIndex = i;
        if (ENTITY.test(h)) return { index: i, end: ENTITY.lastIndex, tag: undefined };
        continue;
      }
      if (h.startsWith('<!--', i)) {
        const j = h.indexOf('-->', i + 4);
        return { index: i, end: j < 0 ? h.length : j + 3, tag: undefined };
      }
      if (h.startsWith('<![CDATA[', i)) {
        const j = h.indexOf(']]>', i + 9);
        return { index: i, end: j < 0 ? h.length : j + 3, tag: undefined };
      }
      const c = h[i + 1];
      if (c === '!' || c === '?') {
        const j = this.nextGt(i + 2);
        if (j >= 0) return { index: i, end: j + 1, tag: undefined };
        continue;
      }
      const nameStart = c === '/' ? i + 2 : i + 1;
      const nameEnd = tagNameEnd(h, nameStart);
      if (nameEnd === nameStart) continue;
      const j = this.nextGt(nameEnd);
      if (j >= 0) return { index: i, end: j + 1, tag: h.slice(nameStart, nameEnd) };
    }
    return null;
  }
}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000);
  return (
    /^\s*<(?:!doctype|html|head|body|meta)\b/i.test(head) ||
    (head.match(/<\/?(?:div|p|span|h\d|table)\b/gi)?.length ?? 0) >= 5
  );
}

/** Table cells and definition parts are lines of their own; other blocks are paragraphs. */
const CELL_TAGS = new Set(['td', 'th', 'dt', 'dd', 'br', 'li', 'time']);

export function htmlToText(html: string): MappedText {
  const out = new MappedTextBuilder(html.length + 16);
  let hiddenDepth = 0;
  let hiddenTag = '';
  let pendingBreaks = 0;
  let pendingAt = 0;
  let last = 0;
  let pendingSpace = false;
  /** A footnote (<sup>) just ended: a word right after it is a word of its own ("1<sup>1</sup>Deadline"). */
  let afterFootnote = false;

  /** Visible text: whitespace runs collapse to one space, as browsers render them. */
  const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
  const emitText = (from: number, to: number) => {
    for (let i = from; i < to;) {
      if (isSpace(html.charCodeAt(i))) {
        pendingSpace = true;
        i++;
        continue;
      }
      if (pendingBreaks) {
        out.insert(pendingBreaks > 1 ? '\n\n' : '\n', pendingAt);
        pendingBreaks = 0;
      } else if ((pendingSpace || (afterFootnote && /[\p{L}\p{N}]/u.test(html[i]))) && out.length) {
        // One plain space before the word is itself: copied, it continues the copy in progress (a
        // paragraph becomes one slice of the page, not a piece per word); the map is the same.
        if (
          pendingSpace &&
          i > from &&
          html.charCodeAt(i - 1) === 32 &&
          (i - 1 === from || !isSpace(html.charCodeAt(i - 2)))
        )
          out.copy(html, i - 1, i);
        else out.insert(' ', i - 1);
      }
      pendingSpace = false;
      afterFootnote = false;
      // The whole run of visible characters at once.
      let j = i + 1;
      while (j < to && !isSpace(html.charCodeAt(j))) j++;
      out.copy(html, i, j);
      i = j;
    }
  };
  const emitDecoded = (str: string, at: number) => {
    if (/^\s+$/.test(str)) {
      pendingSpace = true;
      return;
    }
    if (pendingBreaks) {
      out.insert(pendingBreaks > 1 ? '\n\n' : '\n', pendingAt);
      pendingBreaks = 0;
    } else if (pendingSpace && out.length) out.insert(' ', at);
    pendingSpace = false;
    out.insert(str, at);
  };

  const tokens = new Tokenizer(html);
  for (let m = tokens.next(0); m; m = tokens.next(last)) {
    if (hiddenDepth === 0) emitText(last, m.index);
    last = m.end;
    if (html[m.index] === '&') {
      const token = html.slice(m.index, m.end);
      if (hiddenDepth === 0) emitDecoded(decodeEntity(token) ?? token, m.index);
      continue;
    }
    const tag = m.tag?.toLowerCase();
    if (!tag) continue; // comment, doctype, CDATA
    const closing = html[m.index + 1] === '/';
    const selfClosing = html[m.end - 2] === '/';
    if (HIDDEN_TAGS.has(tag)) {
      if (hiddenDepth === 0 && !closing && !selfClosing) {
        hiddenDepth = 1;
        hiddenTag = tag;
      } else if (hiddenTag === tag) {
        hiddenDepth += closing ? -1 : selfClosing ? 0 : 1;
        if (hiddenDepth === 0 && tag === 'sup') afterFootnote = true;
      }
      continue;
    }
    if (hiddenDepth > 0) continue;
    if (BLOCK_TAGS.has(tag) || tag === 'li') {
      const strength = CELL_TAGS.has(tag) ? 1 : 2;
      if (out.length && strength > pendingBreaks) {
        pendingBreaks = strength;
        pendingAt = m.index;
      }
      pendingSpace = false;
      // List items keep a bullet, as in the other forms, so list structure survives.
      if (tag === 'li' && !closing) emitDecoded('- ', m.index);
    }
  }
  if (hiddenDepth === 0) emitText(last, html.length);
  return out.build(html, html.length);
}
