import type { LangTable } from './types';

export const et: LangTable = {
  code: 'ET',
  locale: 'et',
  deadline: [
    'avaldamise lõpp',
    'kandideerimise tähtaeg',
    'kandideerimisavalduse esitamise lõppkuupäev',
    'kandideerimisavalduste esitamise lõppkuupäev',
    'avalduste esitamise lõppkuupäev',
    'avalduste esitamise tähtaeg',
    'avalduste esitamise tähtpäev',
    'taotluste esitamise tähtaeg',
    'tähtaeg',
  ],
  deadlineWeak: ['hiljemalt'],
  noticeType: [
    'vaba ametikoht',
    'vaba ametikoha teade',
    'teade vaba ametikoha kohta',
    // "Teade peadirektori asetäitja vaba ametikoha kohta": the post between "teade" and "vaba ametikoha kohta".
    'vaba ametikoha kohta',
    'huvi väljendamise konkurss',
    'kutse huvi avaldamiseks',
    'osalemiskutse',
    'avalik konkurss',
    'teade avaliku konkursi korraldamise kohta',
  ],
  staff: {
    contract_agent: ['lepinguline töötaja', 'lepingulise töötaja', 'lepingulised töötajad'],
    temporary_agent: ['ajutine teenistuja', 'ajutise teenistuja', 'ajutised teenistujad'],
    official: ['ametnik'],
    seconded_national_expert: ['lähetatud riiklik ekspert', 'lähetatud riikliku eksperdi'],
    trainee: ['praktikant', 'praktikaprogramm'],
  },
  functionGroup: ['tegevusüksus', 'ametirühm', 'palgarühm'],
  grade: ['palgaaste', 'palgaastme'],
  headings: {
    weAre: ['kes me oleme', 'meist'],
    wePropose: ['pakume', 'mida me pakume'],
    weLookFor: ['keda me otsime', 'otsime', 'valikukriteeriumid'],
    eligibility: ['kõlblikkuskriteeriumid', 'vastavuskriteeriumid', 'osalemise tingimused'],
  },
  layout: ['viitenumber', 'töökoht', 'personalikategooria', 'valdkond', 'lepingu liik'],
  jobTitle: ['ametikoha nimetus', 'täidetav ametikoht'],
  cefr: ['tase', 'tasemel', 'taseme'],
  common: ['ja', 'on', 'ning', 'või', 'ei', 'et', 'kui', 'see'],
};
