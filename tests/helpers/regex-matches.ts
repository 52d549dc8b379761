/**
 * Every match of `re` over `s` as the reader's loops see them (exec until null, or once without g
 * or y), each with its index, its groups and lastIndex after it: two regexes that give the same
 * list read a text alike.
 */
export function matches(re: RegExp, s: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let n = 0; n < 10_000; n++) {
    const m = re.exec(s);
    if (!m) break;
    out.push(JSON.stringify([m.index, [...m], re.lastIndex]));
    if (!re.global && !re.sticky) break;
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
