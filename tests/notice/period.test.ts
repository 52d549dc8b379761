/**
 * An application period without a deadline label (issue 9): its end is the closing date, also when
 * the year stands after the time and the zone. Texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice, detectNotice, normaliseNotice } from '../../lib/notice';

const deadline = (text: string) => analyseNotice(text, { force: true }).notice?.deadline ?? null;

describe('application period', () => {
  it('reads the end of the period, the year after its time and zone', () => {
    expect(
      deadline(
        'Applications for the 2031 placements shall be submitted between 3 November and 1 December 12.00 PM (noon) CET 2030. Late applications are not considered.',
      ),
    ).toBe('2030-12-01T12:00:00+01:00');
  });

  it('reads the end of a period within one month', () => {
    expect(deadline('Applications can be sent between 3 and 28 March 2031 through the online form.')).toBe(
      '2031-03-28T23:59:59+01:00',
    );
  });

  it('reads no period where nothing is applied for, or where the ends are not dates', () => {
    expect(
      deadline('The placement lasts between five and nine months and starts in spring 2031.'),
    ).toBeNull();
    expect(
      deadline('Applications from candidates earning between 3 000 and 4 000 euro are welcome.'),
    ).toBeNull();
  });

  it('counts the period as a dated deadline when detecting a notice', () => {
    const text = [
      'CALL FOR APPLICATIONS',
      'The Imaginary Centre of the European Union offers paid traineeships in its scientific units.',
      'Applications for the 2031 traineeships shall be submitted between 3 November and 1 December 12.00 (noon) CET 2030.',
      'To apply, submit your application through the online form.',
    ].join('\n\n');
    const d = detectNotice(normaliseNotice(text).text);
    expect(d.signals.join('\n')).toContain('end of the application period');
    expect(d.isNotice).toBe(true);
  });
});
