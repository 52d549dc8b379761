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

  it('reads the end of a named period that starts and ends ("the registration period … ends on")', () => {
    expect(
      deadline(
        'The registration period starts on 2 June 2031 at 10:00 and ends on 3 July 2031 at 12:00 (noon) Brussels time.',
      ),
    ).toBe('2031-07-03T12:00:00+02:00');
    expect(
      deadline(
        "La période d'inscription commence le 2 juin 2031 et se termine le 3 juillet 2031 à 12 heures.",
      ),
    ).toBe('2031-07-03T12:00:00+02:00');
    // A date's full stop does not end the sentence ("02/06/2031. u 10:00").
    expect(
      deadline(
        'Registracijsko razdoblje počinje 02/06/2031. u 10:00 sati i završava 03/07/2031. u 12:00 sati.',
      ),
    ).toBe('2031-07-03T12:00:00+02:00');
  });

  it('reads no end from a named period that only starts, or ends in another sentence', () => {
    expect(
      deadline('The registration period starts on 2 June 2031. Our office ends its work on 3 July 2031.'),
    ).toBeNull();
  });

  it('lets a text whose only deadline wording is a named period through the gate', () => {
    const text =
      'Call for expression of interest — temporary agent (AD 6) ABCD/TA/12/2031\nThe registration period starts on 2 June 2031 and ends on 3 July 2031 at 12:00.';
    expect(detectNotice(normaliseNotice(text).text).isNotice).toBe(true);
    expect(analyseNotice(text).detection.isNotice).toBe(true);
  });
});
