/**
 * Session 14: the blind fixtures' and blind round 35's misses, each rule on a text of our own with the same
 * structure and trap, read with detection bypassed.
 */
import { describe, expect, it } from 'vitest';
import { analyseNotice } from '../../lib/notice';

const read = (text: string) => analyseNotice(text, { force: true }).notice!;
const notice = (conditions: string) =>
  `VACANCY NOTICE\nRef.: XYZ/TA/AD/2031/007\nPolicy Officer (AD 6)\nClosing date: 3 March 2031\n\nConditions of employment\n${conditions}\n`;

describe('the first contract in the languages other than English, French and German', () => {
  it.each([
    ['Italian', 'Il contratto iniziale avrà una durata di tre anni e potrà essere rinnovato.', 3],
    ['Portuguese', 'O contrato inicial terá a duração de quatro anos, podendo ser prorrogado.', 4],
    ['Dutch', 'De overeenkomst wordt gesloten voor een periode van twee jaar en kan worden verlengd.', 2],
    ['Polish', 'Umowa zostanie zawarta na okres pięciu lat z możliwością przedłużenia.', 5],
    ['Czech', 'Smlouva se uzavírá na dobu pěti let a lze ji prodloužit.', 5],
    ['Finnish', 'Ensimmäinen työsopimus tehdään kolmeksi vuodeksi, ja sitä voidaan jatkaa.', 3],
    ['Swedish (months)', 'Det första avtalet ingås för en period av 48 månader och kan förlängas.', 4],
    ['Hungarian (months)', 'Az első szerződés 24 hónapra szól, és egyszer meghosszabbítható.', 2],
    ['Greek', 'Η αρχική σύμβαση έχει διάρκεια πέντε (5) ετών και μπορεί να ανανεωθεί.', 5],
    ['German secondment', 'Die Abordnung erfolgt zunächst für zwei Jahre; sie kann verlängert werden.', 2],
  ])('%s', (_, sentence, years) => {
    expect(read(notice(sentence)).firstContractYears).toBe(years);
  });

  it('does not take a renewal, a total or a maximum for the first contract', () => {
    expect(read(notice('Il contratto può essere rinnovato per due anni.')).firstContractYears).toBeNull();
    expect(
      read(notice('A szerződések teljes időtartama nem haladhatja meg a hat évet.')).firstContractYears,
    ).toBeNull();
    expect(
      read(notice('De overeenkomst kan worden verlengd met ten hoogste één jaar.')).firstContractYears,
    ).toBeNull();
  });

  it('says a range is a range', () => {
    const a = analyseNotice(
      notice('Durata contractului inițial va fi cuprinsă între 1 și 3 ani, cu posibilitate de reînnoire.'),
      { force: true },
    );
    expect(a.notice!.firstContractYears).toBeNull();
    expect(a.missing.firstContractYears).toMatch(/range/);
  });

  it('does not take years of experience said next to a contract', () => {
    expect(
      read(notice('Per il contratto è richiesta un’esperienza professionale di cinque anni.'))
        .firstContractYears,
    ).toBeNull();
  });
});
