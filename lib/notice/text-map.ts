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
    if (this.runSource !== null) this.parts.push(this.runSource.slice(this.runFrom, this.runTo));
    this.runSource = null;
  }

  /** Appends characters that stand for (or replace) the original text at `at`. */
  insert(str: string, at: number): void {
    if (!str) return;
    this.reserve(str.length);
    this.flush();
    this.parts.push(str);
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
    this.reserve(1);
    this.offsets[this.size] = endOffset;
    const map = this.offsets.length === this.size + 1 ? this.offsets : this.offsets.slice(0, this.size + 1);
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
