import type { LangTable } from './types';

export const lt: LangTable = {
  code: 'LT',
  locale: 'lt',
  deadline: [
    'paskelbimo pabaiga',
    // The Parliament's job page: "Skelbimo išorės interneto svetainėje pabaiga : 30/09/2021 12:00".
    'skelbimo išorės interneto svetainėje pabaiga',
    'skelbimo pabaiga',
    'paraiškų pateikimo terminas',
    'paraiškų teikimo terminas',
    'galutinis terminas',
    'pateikimo terminas',
    'terminas',
  ],
  deadlineWeak: ['ne vėliau kaip', 'iki'],
  noticeType: [
    'laisva darbo vieta',
    'pranešimas apie laisvą darbo vietą',
    'skelbimas apie laisvą darbo vietą',
    'kvietimas pareikšti susidomėjimą',
    'atviras konkursas',
    // EPSO's competitions in the Official Journal: "PRANEŠIMAS APIE VIEŠĄJĮ KONKURSĄ".
    'pranešimas apie viešąjį konkursą',
    'viešasis konkursas',
    'viešojo konkurso',
  ],
  staff: {
    contract_agent: ['sutartininkas', 'sutartininko', 'sutartininkai'],
    temporary_agent: ['laikinasis darbuotojas', 'laikinojo darbuotojo', 'laikinieji darbuotojai'],
    official: ['pareigūnas'],
    seconded_national_expert: ['deleguotasis nacionalinis ekspertas', 'deleguotojo nacionalinio eksperto'],
    trainee: ['stažuotė', 'stažuotojas'],
  },
  functionGroup: ['pareigų grupė', 'pareigų grupės'],
  grade: ['kategorija', 'kategorijos', 'lygis'],
  headings: {
    weAre: ['kas mes esame', 'apie mus'],
    wePropose: ['siūlome', 'ką siūlome'],
    weLookFor: ['ko ieškome', 'ieškome', 'atrankos kriterijai'],
    eligibility: ['tinkamumo kriterijai', 'tinkamumo sąlygos', 'atrankos sąlygos'],
  },
  layout: [
    'nuorodos numeris',
    'darbo vieta',
    'personalo kategorija',
    'sritis',
    'sutarties rūšis',
    'skyrius',
    'padalinys',
    'paskelbimo data',
  ],
  jobTitle: ['pareigų pavadinimas'],
  cefr: ['lygis', 'lygiu', 'lygio'],
  common: ['ir', 'yra', 'kad', 'su', 'į', 'iš', 'arba', 'bei'],
};
