import type { LangTable } from './types';

export const ro: LangTable = {
  code: 'RO',
  locale: 'ro',
  deadline: [
    'sfârșitul publicării',
    'încheierea publicării',
    'termenul limită de depunere',
    'termen limită de depunere',
    'termenul limită',
    'termen limită',
    'data limită',
    'data-limită',
    'termenul-limită',
    'termen-limită',
    // "Termen: | 23 aprilie 2021, ora 12.00": the word alone is any term ("pe termen lung"), a closing date
    // only as a label with its colon.
    'termen:',
  ],
  deadlineWeak: ['cel târziu la', 'cel târziu', 'până la'],
  // "Perioada de înscriere va începe la data de 26/07/2016 ora 15.00 și se va încheia la data de 26/08/2016".
  period: {
    names: ['perioada de înscriere', 'perioada de depunere a candidaturilor', 'perioada de candidatură'],
    ends: ['se va încheia', 'se încheie', 'se termină', 'se va termina'],
  },
  noticeType: [
    'post vacant',
    'anunț de post vacant',
    'anunț privind postul vacant',
    'cerere de exprimare a interesului',
    'apel pentru exprimarea interesului',
    'concurs general',
  ],
  staff: {
    contract_agent: ['agent contractual', 'agenți contractuali'],
    temporary_agent: ['agent temporar', 'agenți temporari'],
    official: ['funcționar'],
    seconded_national_expert: ['expert național detașat', 'experți naționali detașați'],
    trainee: ['stagiar', 'stagiari', 'program de stagii'],
  },
  functionGroup: ['grupa de funcții', 'grupul de funcții'],
  grade: ['gradul', 'grad'],
  headings: {
    weAre: ['cine suntem'],
    wePropose: ['ce propunem', 'propunem', 'oferim', 'ce oferim'],
    weLookFor: ['pe cine căutăm', 'căutăm', 'criterii de selecție'],
    eligibility: [
      'criterii de eligibilitate',
      'criteriile de eligibilitate',
      'condiții de eligibilitate',
      'condiții de admitere',
    ],
  },
  layout: ['referința selecției', 'locul de muncă', 'categoria de personal', 'domeniul', 'tipul de contract'],
  jobTitle: ['denumirea postului', 'titlul postului', 'denumirea funcției'],
  cefr: ['nivel', 'nivelul'],
  common: ['și', 'de', 'la', 'în', 'pentru', 'cu', 'care', 'sau'],
};
