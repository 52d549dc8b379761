import type { LangTable } from './types';

export const ga: LangTable = {
  code: 'GA',
  locale: 'ga',
  deadline: [
    'deireadh an fhoilsithe',
    'deireadh an fhoilseacháin',
    'spriocdháta d’iarratais',
    "spriocdháta d'iarratais",
    'spriocdháta',
    // The Official Journal's key facts: "SPRIOC-AM LE hAGHAIDH IARRATAS | 31 IÚIL 2023 — 12.00 (meán-lae)".
    'sprioc-am le haghaidh iarratas',
    'sprioc-am',
    'dáta deiridh',
    'dáta dúnta',
  ],
  deadlineWeak: ['ar a dhéanaí', 'faoin'],
  noticeType: ['folúntas', 'fógra folúntais', 'glao ar léiriú spéise', 'comórtas oscailte'],
  staff: {
    contract_agent: ['gníomhaire ar conradh', 'gníomhairí ar conradh'],
    temporary_agent: ['gníomhaire sealadach', 'gníomhairí sealadacha'],
    official: ['oifigeach buan'],
    seconded_national_expert: ['saineolaí náisiúnta ar iasacht'],
    trainee: ['intéirneacht', 'oiliúnaí'],
  },
  functionGroup: ['grúpa feidhme'],
  grade: ['grád'],
  headings: {
    weAre: ['cé sinne', 'cé muid féin'],
    wePropose: ['tairgímid', 'a bhfuil á thairiscint againn'],
    weLookFor: ['cé atá á lorg againn', 'táimid ag lorg', 'critéir roghnúcháin'],
    eligibility: ['critéir incháilitheachta', 'coinníollacha incháilitheachta'],
  },
  layout: [
    'uimhir thagartha',
    'áit fostaíochta',
    'catagóir foirne',
    'réimse',
    'cineál conartha',
    'grád',
    'institiúid/gníomhaireacht',
    'cineál an chonartha',
    'an dáta ónar féidir iarratais a dhéanamh',
  ],
  jobTitle: ['teideal an phoist', 'teideal na feidhme'],
  cefr: ['leibhéal'],
  common: ['agus', 'an', 'na', 'ar', 'le', 'go', 'is', 'atá'],
};
