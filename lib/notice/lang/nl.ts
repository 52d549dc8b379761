import type { LangTable } from './types';

export const nl: LangTable = {
  code: 'NL',
  locale: 'nl',
  deadline: [
    'einde publicatie',
    'einde van de publicatie',
    'uiterste datum voor het indienen',
    'uiterste datum',
    'sluitingsdatum',
    'termijn voor het indienen van sollicitaties',
    'sollicitatietermijn',
    'reageer voor',
    'reageren voor',
    'solliciteer voor',
    'deadline',
  ],
  deadlineWeak: [
    'uiterlijk op',
    'uiterlijk',
    'tot en met',
    // A job site's "Solliciteren kan nog tot 30 juni 2031".
    'solliciteren kan nog tot',
    'solliciteren kan tot',
  ],
  period: {
    names: ['registratieperiode', 'inschrijvingsperiode', 'inschrijvingstermijn'],
    ends: ['eindigt', 'sluit'],
  },
  noticeType: [
    'vacant ambt',
    'vacante functie',
    'aankondiging van aanwerving',
    'kennisgeving van vacature',
    'kennisgeving van vacature',

    'oproep tot het indienen van blijken van belangstelling',
    'oproep tot het tonen van belangstelling',
    'algemeen vergelijkend onderzoek',
  ],
  staff: {
    contract_agent: ['arbeidscontractant', 'arbeidscontractanten'],
    temporary_agent: ['tijdelijk functionaris', 'tijdelijke functionaris', 'tijdelijke functionarissen'],
    official: ['ambtenaar'],
    seconded_national_expert: ['gedetacheerd nationaal deskundige', 'gedetacheerde nationale deskundige'],
    trainee: ['stagiair', 'stageplaats'],
  },
  functionGroup: ['functiegroep'],
  grade: ['rang', 'rangen', 'graad'],
  headings: {
    weAre: ['wie zijn wij', 'wij zijn'],
    wePropose: ['wij bieden', 'wat wij bieden', 'wij stellen voor'],
    weLookFor: ['wij zoeken', 'wie zoeken wij', 'wat wij zoeken', 'selectiecriteria'],
    eligibility: ['toelatingscriteria', 'toelatingsvoorwaarden', 'voorwaarden voor toelating'],
  },
  layout: [
    'referentie',
    'selectiereferentie',
    'standplaats',
    'plaats van tewerkstelling',
    'personeelscategorie',
    'domein',
    'soort contract',
  ],
  jobTitle: ['functietitel', 'functiebenaming'],
  cefr: ['niveau'],
  common: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'zijn'],
};
