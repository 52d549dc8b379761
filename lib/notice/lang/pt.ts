import type { LangTable } from './types';

export const pt: LangTable = {
  code: 'PT',
  locale: 'pt',
  deadline: [
    'prazo para apresentação de candidaturas',
    'prazo de apresentação das candidaturas',
    'prazo de candidatura',
    'prazo para apresentação',
    'data-limite',
    'data limite',
    'prazo',
  ],
  deadlineWeak: ['o mais tardar', 'até ao dia', 'até'],
  dateFillers: ['de'],
  noticeType: [
    'aviso de vaga',
    'convite à manifestação de interesse',
    'manifestação de interesse',
    'concurso geral',
  ],
  staff: {
    contract_agent: ['agente contratual', 'agentes contratuais'],
    temporary_agent: ['agente temporário', 'agentes temporários'],
    official: ['funcionário'],
    seconded_national_expert: ['perito nacional destacado', 'peritos nacionais destacados'],
    trainee: ['estágio', 'estagiário'],
  },
  functionGroup: ['grupo de funções'],
  grade: ['grau', 'graus'],
  headings: {
    weAre: ['quem somos', 'somos'],
    wePropose: ['propomos', 'oferecemos', 'o que oferecemos'],
    weLookFor: ['procuramos', 'quem procuramos', 'perfil procurado'],
    eligibility: ['critérios de elegibilidade', 'condições de elegibilidade', 'condições de admissão'],
  },
  layout: [
    'referência da seleção',
    'local de afetação',
    'local de trabalho',
    'categoria de pessoal',
    'domínio',
    'tipo de contrato',
  ],
  jobTitle: ['título do lugar', 'título do posto'],
  cefr: ['nível'],
  common: ['o', 'a', 'de', 'do', 'da', 'e', 'para', 'com', 'dos'],
};
