import type { LangTable } from './types';

export const sv: LangTable = {
  code: 'SV',
  locale: 'sv',
  deadline: [
    'sista ansökningsdag',
    'sista dag för ansökan',
    'sista dag för ansökningar',
    'ansökningstiden går ut',
    'sista anmälningsdag',
    'ansökningstid',
  ],
  deadlineWeak: ['senast den', 'senast'],
  noticeType: [
    'meddelande om ledig tjänst',
    'meddelande om lediga tjänster',
    'inbjudan att anmäla intresse',
    'intresseanmälan',
    'allmänt uttagningsprov',
  ],
  staff: {
    contract_agent: ['kontraktsanställd', 'kontraktsanställda'],
    temporary_agent: ['tillfälligt anställd', 'tillfälligt anställda'],
    official: ['tjänsteman'],
    seconded_national_expert: ['utstationerad nationell expert', 'utstationerade nationella experter'],
    trainee: ['praktik', 'praktikant'],
  },
  functionGroup: ['tjänstegrupp', 'tjänstegruppen'],
  grade: ['lönegrad', 'lönegrader'],
  headings: {
    weAre: ['vilka vi är', 'vi är'],
    wePropose: ['vi erbjuder', 'vad vi erbjuder'],
    weLookFor: ['vi söker', 'vem vi söker'],
    eligibility: ['behörighetskriterier', 'behörighetsvillkor', 'villkor för behörighet'],
  },
  layout: [
    'referensnummer',
    'anställningsort',
    'tjänsteställe',
    'personalkategori',
    'område',
    'typ av anställning',
  ],
  jobTitle: ['tjänstebeteckning', 'befattning'],
  cefr: ['nivå', 'nivån'],
  common: ['och', 'att', 'det', 'som', 'för', 'med', 'av', 'är'],
};
