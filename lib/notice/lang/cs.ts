import type { LangTable } from './types';

export const cs: LangTable = {
  code: 'CS',
  locale: 'cs',
  deadline: [
    'konec zveřejnění',
    'zveřejněno na externích internetových stránkách do',
    'zveřejněna na externích internetových stránkách do',
    'uzávěrka přihlášek',
    'uzávěrka',
    'lhůta pro podání přihlášek',
    'lhůta pro podávání přihlášek',
    'termín pro podání přihlášek',
    'konečný termín',
  ],
  deadlineWeak: ['nejpozději do', 'nejpozději'],
  noticeType: [
    'oznámení o výběrovém řízení',
    'volné pracovní místo',
    'oznámení o volném pracovním místě',
    'výzva k vyjádření zájmu',
    'otevřené výběrové řízení',
  ],
  staff: {
    contract_agent: ['smluvní zaměstnanec', 'smluvního zaměstnance', 'smluvní zaměstnanci'],
    temporary_agent: ['dočasný zaměstnanec', 'dočasného zaměstnance', 'dočasní zaměstnanci'],
    official: ['úředník'],
    seconded_national_expert: ['vyslaný národní odborník', 'vyslaného národního odborníka'],
    trainee: ['stáž', 'stážista'],
  },
  functionGroup: ['funkční skupina', 'funkční skupiny', 'funkční skupině'],
  grade: ['platová třída', 'platové třídy'],
  headings: {
    weAre: ['kdo jsme'],
    wePropose: ['nabízíme', 'co nabízíme'],
    weLookFor: ['koho hledáme', 'hledáme'],
    eligibility: ['kritéria způsobilosti', 'podmínky způsobilosti', 'podmínky pro přijetí'],
  },
  layout: ['referenční číslo', 'místo výkonu práce', 'kategorie zaměstnanců', 'oblast', 'druh smlouvy'],
  jobTitle: ['název pracovního místa', 'název pracovní pozice', 'název pozice'],
  cefr: ['úroveň', 'úrovni'],
  common: ['a', 'v', 'se', 'na', 'je', 'pro', 'které', 'nebo'],
};
