import type { LangTable } from './types';

export const hr: LangTable = {
  code: 'HR',
  locale: 'hr',
  deadline: [
    'kraj objave',
    // The Parliament's job page: "Kraj publikacije na vanjskoj internetskoj stranici : 09/01/2026 12:00".
    'kraj publikacije',
    'rok za podnošenje prijava',
    'rok za podnošenje',
    'rok za prijavu',
    'rok za prijave',
    'krajnji rok',
  ],
  deadlineWeak: ['najkasnije do', 'najkasnije'],
  period: {
    names: ['registracijsko razdoblje', 'razdoblje registracije', 'razdoblje prijave'],
    ends: ['završava', 'ističe'],
  },
  noticeType: [
    'slobodno radno mjesto',
    'obavijest o slobodnom radnom mjestu',
    'oglas za slobodno radno mjesto',
    'poziv na iskazivanje interesa',
    'otvoreni natječaj',
  ],
  staff: {
    contract_agent: [
      'ugovorni djelatnik',
      'ugovornog djelatnika',
      'ugovorno osoblje',
      'ugovornog osoblja',
      'član ugovornog osoblja',
      'ugovorni službenik',
      'ugovorna službenica',
    ],
    temporary_agent: [
      'privremeni djelatnik',
      'privremenog djelatnika',
      'privremeno osoblje',
      'član privremenog osoblja',
      // "PRIVREMENI SLUŽBENIK / PRIVREMENA SLUŽBENICA"
      'privremeni službenik',
      'privremena službenica',
      'privremenog službenika',
    ],
    official: ['dužnosnik'],
    seconded_national_expert: ['upućeni nacionalni stručnjak', 'upućenog nacionalnog stručnjaka'],
    trainee: ['stažist', 'pripravnik', 'pripravništvo'],
  },
  functionGroup: ['funkcijska skupina', 'funkcijske skupine', 'funkcijskoj skupini'],
  grade: ['razred', 'platni razred'],
  headings: {
    weAre: ['tko smo'],
    wePropose: ['nudimo', 'što nudimo'],
    weLookFor: ['koga tražimo', 'tražimo', 'kriteriji odabira'],
    eligibility: ['kriteriji prihvatljivosti', 'uvjeti prihvatljivosti', 'uvjeti za prijavu'],
  },
  layout: [
    'referentni broj',
    'mjesto zaposlenja',
    'kategorija osoblja',
    'područje',
    'vrsta ugovora',
    'razred',
    'referentni broj postupka odabira',
    'prijave počinju',
  ],
  jobTitle: ['naziv radnog mjesta'],
  cefr: ['razina', 'razini'],
  common: ['i', 'je', 'za', 'u', 'na', 'se', 'ili', 'koji'],
};
