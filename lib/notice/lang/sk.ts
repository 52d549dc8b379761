import type { LangTable } from './types';

export const sk: LangTable = {
  code: 'SK',
  locale: 'sk',
  deadline: [
    'koniec uverejnenia',
    // The Parliament's job page: "Koniec zverejnenia na externom webovom sídle : 12/04/2024 12:00".
    'koniec zverejnenia',
    'uzávierka prihlášok',
    'uzávierka',
    'lehota na podávanie prihlášok',
    'lehota na podanie prihlášok',
    'termín na podanie prihlášok',
    'konečný termín',
  ],
  deadlineWeak: ['najneskôr do', 'najneskôr'],
  noticeType: [
    'oznámenie o výberovom konaní',
    'oznámenie o verejnom výberovom konaní',
    'voľné pracovné miesto',
    'oznámenie o voľnom pracovnom mieste',
    'oznam o voľnom pracovnom mieste',
    'výzva na vyjadrenie záujmu',
    'výzva na prejavenie záujmu',
    'verejné výberové konanie',
  ],
  staff: {
    contract_agent: ['zmluvný zamestnanec', 'zmluvného zamestnanca', 'zmluvní zamestnanci'],
    temporary_agent: ['dočasný zamestnanec', 'dočasného zamestnanca', 'dočasní zamestnanci'],
    official: ['úradník'],
    seconded_national_expert: ['vyslaný národný expert', 'vyslaného národného experta'],
    trainee: ['stáž', 'stážista'],
  },
  functionGroup: ['funkčná skupina', 'funkčnej skupiny', 'funkčnej skupine'],
  grade: ['platová trieda', 'platovej triedy', 'platovej triede', 'platovú triedu', 'stupeň', 'stupni'],
  headings: {
    weAre: ['kto sme'],
    wePropose: ['ponúkame', 'čo ponúkame'],
    weLookFor: ['koho hľadáme', 'hľadáme'],
    eligibility: ['kritériá oprávnenosti', 'podmienky oprávnenosti', 'podmienky prijatia'],
  },
  layout: ['referenčné číslo', 'miesto výkonu práce', 'kategória zamestnancov', 'oblasť', 'typ zmluvy'],
  jobTitle: ['názov pracovného miesta', 'názov pozície'],
  cefr: ['úroveň', 'úrovni'],
  common: ['a', 'v', 'sa', 'na', 'je', 'pre', 'ktoré', 'alebo'],
};
