import type { LangTable } from './types';

export const pl: LangTable = {
  code: 'PL',
  locale: 'pl',
  deadline: [
    'termin składania zgłoszeń',
    'termin zgłaszania wniosków',
    'termin zgłaszania',
    'termin składania wniosków',
    'termin składania aplikacji',
    'termin składania',
    'termin nadsyłania zgłoszeń',
    'termin zgłoszeń',
    'ostateczny termin',
  ],
  deadlineWeak: ['najpóźniej do dnia', 'najpóźniej do', 'do dnia'],
  noticeType: [
    'ogłoszenie o naborze',
    'ogłoszenie o wolnym stanowisku',
    'ogłoszenie o wakacie',
    'zaproszenie do wyrażenia zainteresowania',
    'konkurs otwarty',
  ],
  staff: {
    contract_agent: [
      'członek personelu kontraktowego',
      'personel kontraktowy',
      'pracownik kontraktowy',
      'pracownika kontraktowego',
    ],
    temporary_agent: [
      'pracownik zatrudniony na czas określony',
      'pracownika zatrudnionego na czas określony',
      'personel tymczasowy',
      'pracownik tymczasowy',
    ],
    official: ['urzędnik'],
    seconded_national_expert: [
      'oddelegowany ekspert krajowy',
      'oddelegowanego eksperta krajowego',
      'oddelegowanych ekspertów krajowych',
    ],
    trainee: ['staż', 'stażysta'],
  },
  functionGroup: ['grupa funkcyjna', 'grupy funkcyjnej', 'grupie funkcyjnej'],
  grade: ['grupa zaszeregowania', 'grupy zaszeregowania', 'stopień'],
  headings: {
    weAre: ['kim jesteśmy', 'jesteśmy'],
    wePropose: ['proponujemy', 'oferujemy', 'co oferujemy'],
    weLookFor: ['kogo szukamy', 'szukamy', 'poszukujemy'],
    eligibility: [
      'kryteria kwalifikowalności',
      'warunki kwalifikowalności',
      'kryteria kwalifikacji',
      'warunki formalne',
    ],
  },
  layout: ['numer referencyjny', 'miejsce zatrudnienia', 'kategoria personelu', 'dziedzina', 'rodzaj umowy'],
  jobTitle: ['nazwa stanowiska', 'tytuł stanowiska'],
  cefr: ['poziom', 'poziomie'],
  common: ['i', 'w', 'na', 'z', 'się', 'do', 'jest', 'oraz'],
};
