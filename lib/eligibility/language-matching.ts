/**
 * Assigns the candidate's languages to the notice's language requirements so that one
 * language fills at most one requirement ("a second, DIFFERENT language"). A maximum
 * bipartite matching (augmenting paths): a few requirements and a few languages, so small.
 */

/**
 * `canFill(slot, language)` says whether a language may fill a requirement. Returns, for
 * each slot, the index of the language assigned to it, or null.
 */
export function assignLanguages(
  slotCount: number,
  languageCount: number,
  canFill: (slot: number, language: number) => boolean,
): (number | null)[] {
  const slotOfLanguage: (number | null)[] = Array.from({ length: languageCount }, () => null);

  const tryAssign = (slot: number, visited: Set<number>): boolean => {
    const fitting = range(languageCount).filter(
      (language) => canFill(slot, language) && !visited.has(language),
    );
    // A free language first, so the candidate's order (strongest first) is kept when it can
    // be; only then move another slot's language elsewhere to make room (augmenting path).
    const free = fitting.find((language) => slotOfLanguage[language] === null);
    if (free !== undefined) {
      visited.add(free);
      slotOfLanguage[free] = slot;
      return true;
    }
    for (const language of fitting) {
      if (visited.has(language)) continue;
      visited.add(language);
      if (tryAssign(slotOfLanguage[language]!, visited)) {
        slotOfLanguage[language] = slot;
        return true;
      }
    }
    return false;
  };

  for (let slot = 0; slot < slotCount; slot++) tryAssign(slot, new Set());

  return Array.from({ length: slotCount }, (_, slot) => {
    const language = slotOfLanguage.indexOf(slot);
    return language === -1 ? null : language;
  });
}

function range(length: number): number[] {
  return Array.from({ length }, (_, i) => i);
}
