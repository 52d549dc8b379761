import type { LangTable } from './types';

export const sl: LangTable = {
  code: 'SL',
  locale: 'sl',
  deadline: [
    'konec objave',
    'rok za oddajo prijav',
    'rok za prijavo',
    'rok za prijave',
    'rok za predložitev prijav',
    'skrajni rok',
  ],
  deadlineWeak: ['najpozneje do', 'najkasneje do'],
  noticeType: [
    'prosto delovno mesto',
    'obvestilo o prostem delovnem mestu',
    'razpis prostega delovnega mesta',
    'objava prostega delovnega mesta',
    'poziv k izrazu interesa',
    'javni natečaj',
  ],
  staff: {
    contract_agent: ['pogodbeni uslužbenec', 'pogodbenega uslužbenca', 'pogodbeni uslužbenci'],
    temporary_agent: ['začasni uslužbenec', 'začasnega uslužbenca', 'začasni uslužbenci'],
    official: ['uradnik'],
    seconded_national_expert: [
      'napoteni nacionalni strokovnjak',
      'napotenega nacionalnega strokovnjaka',
      'napoteni nacionalni strokovnjaki',
      'napotitev nacionalnih strokovnjakov',
      'napotenih nacionalnih strokovnjakov',
    ],
    trainee: ['pripravništvo', 'pripravnik'],
  },
  functionGroup: ['funkcionalna skupina', 'funkcionalne skupine', 'funkcionalni skupini'],
  grade: ['razred', 'plačilni razred'],
  headings: {
    weAre: ['kdo smo'],
    wePropose: ['ponujamo', 'kaj ponujamo'],
    weLookFor: ['koga iščemo', 'iščemo', 'merila za izbor', 'izbirna merila'],
    eligibility: [
      'merila za upravičenost',
      'pogoji za upravičenost',
      'pogoji za prijavo',
      'merila za izpolnjevanje pogojev',
    ],
  },
  layout: ['referenčna številka', 'kraj zaposlitve', 'kategorija osebja', 'področje', 'vrsta pogodbe'],
  jobTitle: ['naziv delovnega mesta'],
  cefr: ['raven', 'ravni', 'stopnja'],
  common: ['in', 'je', 'za', 'v', 'na', 'se', 'ali', 'ki'],
};
