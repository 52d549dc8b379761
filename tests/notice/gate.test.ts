/** The content script's gate (lib/notice/gate.ts) is generated from the language tables: it must be current. */
import { describe, expect, it } from 'vitest';
import { hasDeadlineWording as fullGate, QUICK_GATE_PATTERN } from '../../lib/notice/detect';
import { GATE_PATTERN, hasDeadlineWording } from '../../lib/notice/gate';

describe('the generated gate', () => {
  it('is the pattern detect.ts builds from the language tables (else run npm run gen:gate)', () => {
    expect(GATE_PATTERN).toBe(QUICK_GATE_PATTERN);
  });

  it.each([
    'Deadline for applications: 4 June 2026',
    'Date limite de dépôt des candidatures : 4 juin 2026',
    'Bewerbungsfrist: 4. Juni 2026',
    'Termin składania zgłoszeń: 4 czerwca 2026',
    'Plazo de presentación de candidaturas: 4 de junio de 2026',
  ])('agrees with the full gate on %s', (text) => {
    expect(hasDeadlineWording(text)).toBe(fullGate(text));
  });

  it('stays silent on ordinary text', () => {
    expect(hasDeadlineWording('Carbonnade flamande: beef, beer, onions, mustard, bread.')).toBe(false);
  });
});
