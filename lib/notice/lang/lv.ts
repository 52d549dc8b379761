import type { LangTable } from './types';

export const lv: LangTable = {
  code: 'LV',
  locale: 'lv',
  deadline: [
    'publicēšanas beigas',
    // The Parliament's job page: "Publikācijas beigas ārējā tīmekļa vietnē : 16/09/2025 12:00".
    'publikācijas beigas',
    'pieteikšanās termiņš',
    'pieteikumu iesniegšanas termiņš',
    'iesniegšanas termiņš',
    'termiņš',
  ],
  deadlineWeak: ['ne vēlāk kā', 'līdz'],
  noticeType: [
    'vakance',
    'brīva amata vieta',
    'paziņojums par vakanci',
    'paziņojums par brīvu amata vietu',
    'uzaicinājums izteikt ieinteresētību',
    'atklāts konkurss',
  ],
  staff: {
    contract_agent: ['līgumdarbinieks', 'līgumdarbinieka', 'līgumdarbinieki'],
    temporary_agent: ['pagaidu darbinieks', 'pagaidu darbinieka', 'pagaidu darbinieki'],
    official: ['ierēdnis'],
    seconded_national_expert: ['norīkotais valsts eksperts', 'norīkotā valsts eksperta'],
    trainee: ['stažēšanās', 'stažieris'],
  },
  functionGroup: ['funkciju grupa', 'funkciju grupā', 'funkciju grupas'],
  grade: ['pakāpe', 'pakāpes'],
  headings: {
    weAre: ['kas mēs esam', 'par mums'],
    wePropose: ['mēs piedāvājam', 'piedāvājam'],
    weLookFor: ['ko mēs meklējam', 'mēs meklējam', 'meklējam', 'atlases kritēriji'],
    eligibility: ['atbilstības kritēriji', 'atbilstības nosacījumi', 'pielaides kritēriji'],
  },
  layout: [
    'atsauces numurs',
    'darba vieta',
    'personāla kategorija',
    'joma',
    'līguma veids',
    'iestāde/aģentūra',
    'atsauce',
    'pakāpe',
    'pieteikšanās procedūras sākums',
    'vieta(-as)',
  ],
  jobTitle: ['amata nosaukums'],
  cefr: ['līmenis', 'līmenī', 'līmeņa'],
  common: ['un', 'ir', 'ar', 'par', 'uz', 'vai', 'kas', 'no'],
};
