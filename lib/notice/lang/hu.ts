import type { LangTable } from './types';

export const hu: LangTable = {
  code: 'HU',
  locale: 'hu',
  deadline: [
    'a közzététel vége',
    'közzététel vége',
    'jelentkezési határidő',
    'benyújtásának határideje',
    'határideje',
    'pályázati határidő',
    'a jelentkezés határideje',
    'benyújtási határidő',
    'határidő',
  ],
  deadlineWeak: ['legkésőbb'],
  noticeType: [
    'betöltetlen álláshely',
    'üres álláshely',
    'álláshirdetés',
    'pályázati felhívás',
    'érdeklődési felhívás',
    'nyílt versenyvizsga',
    // The Parliament's competition pages: "VERSENYVIZSGA HOLLAND ÁLLAMPOLGÁRSÁGÚ TANÁCSOSOK (AD 6)".
    'versenyvizsga',
  ],
  staff: {
    contract_agent: ['szerződéses alkalmazott', 'szerződéses alkalmazottak'],
    temporary_agent: ['ideiglenes alkalmazott', 'ideiglenes alkalmazottak'],
    official: ['tisztviselő'],
    seconded_national_expert: ['kirendelt nemzeti szakértő', 'kirendelt nemzeti szakértők'],
    trainee: ['gyakornok', 'gyakornoki'],
  },
  functionGroup: ['besorolási csoport', 'feladatcsoport', 'munkaköri csoport'],
  grade: ['besorolási fokozat', 'besorolási fokozata', 'besorolási fokozatú', 'besorolási fokozatban'],
  headings: {
    weAre: ['kik vagyunk'],
    wePropose: ['amit kínálunk', 'kínálunk'],
    weLookFor: ['kit keresünk', 'keresünk', 'kiválasztási szempontok', 'kiválasztási kritériumok'],
    eligibility: [
      'jogosultsági feltételek',
      'alkalmassági feltételek',
      'részvételi feltételek',
      'pályázati feltételek',
    ],
  },
  layout: [
    'hivatkozási szám',
    'munkavégzés helye',
    'személyzeti kategória',
    'terület',
    'szerződés típusa',
    // The Parliament's job pages: "Hely :", "Szervezeti egység :", "Hiv. szám :".
    'hely',
    'szervezeti egység',
    'hiv. szám',
    'egység',
    'közzététel dátuma',
  ],
  jobTitle: ['munkakör megnevezése', 'a munkakör megnevezése', 'feladatkör megnevezése'],
  cefr: ['szint', 'szintű', 'szinten'],
  common: ['a', 'az', 'és', 'hogy', 'nem', 'egy', 'vagy', 'is'],
};
