/**
 * A list of positions gathered one by one, kept as 32-bit integers. A JavaScript array of half a
 * million numbers, grown by push and then copied into an Int32Array, cost ≈ 55 ms (the growing array
 * is copied again by every young-generation collection it lives through); this costs 2–10 ms.
 */
export class IntList {
  private items: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.items = new Int32Array(Math.max(4, capacity));
  }

  push(v: number): void {
    if (this.length === this.items.length) {
      const next = new Int32Array(this.items.length * 2);
      next.set(this.items);
      this.items = next;
    }
    this.items[this.length++] = v;
  }

  last(): number | undefined {
    return this.length ? this.items[this.length - 1] : undefined;
  }

  /** The positions as an array of their own length (a view when the list has little unused room). */
  toArray(): Int32Array {
    return this.items.length <= this.length * 1.25 + 64
      ? this.items.subarray(0, this.length)
      : this.items.slice(0, this.length);
  }
}
