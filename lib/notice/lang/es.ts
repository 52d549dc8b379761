import type { LangTable } from './types';

export const es: LangTable = {
  code: 'ES',
  locale: 'es',
  deadline: [
    'plazo de presentación de candidaturas',
    'plazo de presentación de solicitudes',
    'plazo de presentación',
    'fecha límite de presentación',
    'fecha límite',
    'fecha de cierre',
    'plazo para presentar',
    'plazo de inscripción',
  ],
  deadlineWeak: ['a más tardar el', 'a más tardar', 'hasta el'],
  dateFillers: ['de'],
  noticeType: [
    'anuncio de vacante',
    'convocatoria de manifestaciones de interés',
    'convocatoria de manifestación de interés',
    'manifestación de interés',
    'oposición general',
  ],
  staff: {
    contract_agent: ['agente contractual', 'agentes contractuales'],
    temporary_agent: ['agente temporal', 'agentes temporales'],
    official: ['funcionario'],
    seconded_national_expert: [
      'experto nacional en comisión de servicios',
      'expertos nacionales en comisión de servicios',
    ],
    trainee: ['prácticas', 'becario'],
  },
  functionGroup: ['grupo de funciones'],
  grade: ['grado'],
  headings: {
    weAre: ['somos', 'quiénes somos'],
    wePropose: ['proponemos', 'ofrecemos', 'qué ofrecemos'],
    weLookFor: ['buscamos', 'a quién buscamos', 'perfil buscado'],
    eligibility: [
      'criterios de admisibilidad',
      'requisitos de admisibilidad',
      'condiciones de admisión',
      'criterios de elegibilidad',
    ],
  },
  layout: [
    'referencia de la selección',
    'puesto',
    'lugar de destino',
    'categoría de personal',
    'ámbito',
    'tipo de contrato',
  ],
  jobTitle: ['título del puesto', 'denominación del puesto'],
  cefr: ['nivel'],
  common: ['el', 'la', 'de', 'los', 'las', 'y', 'para', 'con', 'del'],
};
