import type { LangTable } from './types';

export const mt: LangTable = {
  code: 'MT',
  locale: 'mt',
  deadline: [
    'skadenza għall-applikazzjonijiet',
    'l-iskadenza',
    'skadenza',
    'data tal-għeluq',
    'terminu għall-applikazzjonijiet',
  ],
  deadlineWeak: ['mhux aktar tard minn', 'sa mhux aktar tard'],
  dateFillers: ['ta’', "ta'", 'ta'],
  noticeType: [
    'avviż ta’ post battal',
    "avviż ta' post battal",
    'avviż ta’ kompetizzjoni',
    'sejħa għal espressjoni ta’ interess',
    "sejħa għal espressjoni ta' interess",
  ],
  staff: {
    contract_agent: ['aġent kuntrattwali', 'aġenti kuntrattwali'],
    temporary_agent: ['aġent temporanju', 'aġenti temporanji'],
    official: ['uffiċjal'],
    seconded_national_expert: ['espert nazzjonali sekondat', 'esperti nazzjonali sekondati'],
    trainee: ['traineeship', 'apprendistat'],
  },
  functionGroup: ['grupp ta’ funzjoni', "grupp ta' funzjoni", 'grupp tal-funzjoni'],
  grade: ['grad'],
  headings: {
    weAre: ['min aħna'],
    wePropose: ['nipproponu', 'noffru', 'x’noffru'],
    weLookFor: ['lil min qed infittxu', 'qed infittxu', 'infittxu'],
    eligibility: ['kriterji tal-eliġibbiltà', 'kundizzjonijiet tal-eliġibbiltà'],
  },
  layout: ['numru ta’ referenza', 'post tal-impjieg', 'kategorija tal-persunal', 'qasam', 'tip ta’ kuntratt'],
  jobTitle: ['titlu tal-post'],
  cefr: ['livell'],
  common: ['u', 'il-', 'tal-', 'li', 'fil-', 'għal', 'ta’', 'huwa'],
};
