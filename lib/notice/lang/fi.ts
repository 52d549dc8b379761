import type { LangTable } from './types';

export const fi: LangTable = {
  code: 'FI',
  locale: 'fi',
  deadline: [
    'julkaisu päättyy',
    'julkaisun päättyminen',
    'hakemusten jättämisen määräaika',
    'hakuaika päättyy',
    'hakemusten määräaika',
    'viimeinen hakupäivä',
    'määräaika',
  ],
  deadlineWeak: ['viimeistään'],
  noticeType: [
    'avoin toimi',
    'avointa toimea koskeva ilmoitus',
    'ilmoitus avoimesta toimesta',
    'kiinnostuksenilmaisupyyntö',
    'kiinnostuksenilmaisuja koskeva pyyntö',
    'avoin kilpailu',
  ],
  staff: {
    contract_agent: [
      'sopimussuhteinen toimihenkilö',
      'sopimussuhteisen toimihenkilön',
      'sopimussuhteiset toimihenkilöt',
    ],
    temporary_agent: [
      'väliaikainen toimihenkilö',
      'väliaikaisen toimihenkilön',
      'väliaikaiset toimihenkilöt',
    ],
    official: ['virkamies'],
    seconded_national_expert: ['lähetetty kansallinen asiantuntija', 'lähetetyn kansallisen asiantuntijan'],
    trainee: ['harjoittelija', 'harjoittelujakso', 'harjoitteluohjelma'],
  },
  functionGroup: ['tehtäväryhmä', 'tehtäväryhmän', 'tehtäväryhmään'],
  grade: ['palkkaluokka', 'palkkaluokan'],
  headings: {
    weAre: ['keitä olemme', 'keitä me olemme'],
    wePropose: ['tarjoamme', 'mitä tarjoamme'],
    weLookFor: ['ketä etsimme', 'etsimme', 'valintaperusteet'],
    eligibility: ['kelpoisuusehdot', 'kelpoisuusvaatimukset', 'hakukelpoisuus'],
  },
  layout: [
    'viitenumero',
    'toimipaikka',
    'henkilöstöryhmä',
    'ala',
    'sopimustyyppi',
    'yksikkö',
    'julkaisupäivä',
  ],
  jobTitle: ['tehtävänimike', 'tehtävän nimike'],
  cefr: ['taso', 'tasolla', 'tason'],
  common: ['ja', 'on', 'tai', 'että', 'sekä', 'joka', 'ovat', 'kanssa'],
};
