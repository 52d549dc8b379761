import type { LangTable } from './types';

export const da: LangTable = {
  code: 'DA',
  locale: 'da',
  deadline: [
    'ansøgningsfrist',
    'frist for indgivelse af ansøgninger',
    'frist for ansøgning',
    'sidste frist',
    'tilmeldingsfrist',
  ],
  deadlineWeak: ['senest den', 'senest'],
  noticeType: [
    'meddelelse om ledig stilling',
    'stillingsopslag',
    'indkaldelse af interessetilkendegivelser',
    'almindelig udvælgelsesprøve',
  ],
  staff: {
    contract_agent: ['kontraktansat', 'kontraktansatte'],
    temporary_agent: ['midlertidigt ansat', 'midlertidigt ansatte'],
    official: ['tjenestemand'],
    seconded_national_expert: ['udstationeret national ekspert', 'udstationerede nationale eksperter'],
    trainee: ['praktikophold', 'praktikant'],
  },
  functionGroup: ['funktionsgruppe', 'funktionsgruppen'],
  grade: ['lønklasse', 'lønklasser'],
  headings: {
    weAre: ['hvem vi er', 'vi er'],
    wePropose: ['vi tilbyder', 'hvad vi tilbyder'],
    weLookFor: ['vi søger', 'hvem vi søger'],
    eligibility: ['adgangskriterier', 'adgangsbetingelser', 'betingelser for deltagelse'],
  },
  layout: [
    'referencenummer',
    'tjenestested',
    'ansættelsessted',
    'personalekategori',
    'område',
    'kontrakttype',
  ],
  jobTitle: ['stillingsbetegnelse'],
  cefr: ['niveau'],
  common: ['og', 'at', 'det', 'som', 'for', 'med', 'af', 'til'],
};
