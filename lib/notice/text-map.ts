/**
 * Text with a map back to the text it was derived from.
 *
 * Every normalisation step (Markdown markup removed, HTML tags dropped, wrapped
 * lines joined) produces a new string; `map[i]` is the offset in the ORIGINAL
 * text of character `i`, so evidence found in the clean text can be quoted and
 * highlighted in what the user actually sees.
 */
export interface MappedText {
  readonly text: string;
  /** Original offset of each character; one extra entry for the end. */
  readonly map: Int32Array;
  readonly original: string;
}

/** Pieces up to this length are gathered as character codes (see MappedTextBuilder.chars). */
const SHORT_PIECE = 32;
/** Character codes made into a string per call (an argument list's size stays small). */
const CHARS_PER_CALL = 4096;

export class MappedTextBuilder {
  private parts: string[] = [];
  private offsets: Int32Array;
  private size = 0;
  private last = '';
  /**
   * The copy in progress, not yet in `parts`: a copy that continues it (same source and map, from
   * where it stopped) extends it, so that a run of copies becomes one slice of the source.
   */
  private runSource: string | null = null;
  private runMap: Int32Array | undefined = undefined;
  private runFrom = 0;
  private runTo = 0;
  /**
   * Short pieces (a cell, a line break, a replaced character) as character codes, made into one string
   * when a long piece comes or at the end: a megabyte of one-letter table cells is half a million
   * pieces, which cost ten times more joined as strings.
   */
  private chars = new Uint16Array(256);
  private charCount = 0;

  /** `capacity`: the expected length, to avoid regrowing. */
  constructor(capacity = 1024) {
    this.offsets = new Int32Array(Math.max(16, capacity));
  }

  private reserve(extra: number): void {
    if (this.size + extra <= this.offsets.length) return;
    let cap = this.offsets.length * 2;
    while (cap < this.size + extra) cap *= 2;
    const next = new Int32Array(cap);
    next.set(this.offsets.subarray(0, this.size));
    this.offsets = next;
  }

  /** Copies `source[from, to)` keeping a one-to-one mapping (through `sourceMap` if given). */
  copy(source: string, from: number, to: number, sourceMap?: Int32Array): void {
    if (to <= from) return;
    this.reserve(to - from);
    if (this.runSource === source && this.runMap === sourceMap && this.runTo === from) this.runTo = to;
    else {
      this.flush();
      this.runSource = source;
      this.runMap = sourceMap;
      this.runFrom = from;
      this.runTo = to;
    }
    const offsets = this.offsets;
    if (sourceMap) {
      // Short copies (a line break, a word) by hand: a subarray per copy costs more than it saves.
      if (to - from > 32) offsets.set(sourceMap.subarray(from, to), this.size);
      else for (let i = from, k = this.size; i < to; i++, k++) offsets[k] = sourceMap[i];
      this.size += to - from;
    } else for (let i = from; i < to; i++) offsets[this.size++] = i;
    this.last = source[to - 1];
  }

  /** Puts the copy in progress into `parts`. */
  private flush(): void {
    if (this.runSource !== null) this.push(this.runSource, this.runFrom, this.runTo);
    this.runSource = null;
  }

  private push(source: string, from: number, to: number): void {
    if (to - from > SHORT_PIECE) {
      this.flushChars();
      this.parts.push(from === 0 && to === source.length ? source : source.slice(from, to));
      return;
    }
    if (this.charCount + (to - from) > this.chars.length) {
      const next = new Uint16Array(Math.max(this.chars.length * 2, this.charCount + (to - from)));
      next.set(this.chars.subarray(0, this.charCount));
      this.chars = next;
    }
    for (let i = from; i < to; i++) this.chars[this.charCount++] = source.charCodeAt(i);
  }

  private flushChars(): void {
    for (let a = 0; a < this.charCount; a += CHARS_PER_CALL) {
      const chunk = this.chars.subarray(a, Math.min(this.charCount, a + CHARS_PER_CALL));
      this.parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
    }
    this.charCount = 0;
  }

  /** Appends characters that stand for (or replace) the original text at `at`. */
  insert(str: string, at: number): void {
    if (!str) return;
    this.reserve(str.length);
    this.flush();
    this.push(str, 0, str.length);
    for (let i = 0; i < str.length; i++) this.offsets[this.size++] = at;
    this.last = str[str.length - 1];
  }

  get length(): number {
    return this.size;
  }

  lastChar(): string {
    return this.last;
  }

  build(original: string, endOffset: number): MappedText {
    this.flush();
    this.flushChars();
    this.reserve(1);
    this.offsets[this.size] = endOffset;
    // A view, not a copy (a megabyte's map is 4 MB to copy), unless the view would hold much unused room.
    const map =
      this.offsets.length <= (this.size + 1) * 1.25 + 1024
        ? this.offsets.subarray(0, this.size + 1)
        : this.offsets.slice(0, this.size + 1);
    return { text: this.parts.join(''), map, original };
  }
}

export function identity(text: string): MappedText {
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map, original: text };
}

/** Start/end in the original for the clean range [start, end). */
export function toOriginalRange(mt: MappedText, start: number, end: number): { start: number; end: number } {
  const s = Math.max(0, Math.min(start, mt.text.length));
  const e = Math.max(s, Math.min(end, mt.text.length));
  if (e === s) return { start: mt.map[s], end: mt.map[s] };
  return { start: mt.map[s], end: mt.map[e - 1] + 1 };
}
