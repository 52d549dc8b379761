/**
 * EU institutions, agencies and Commission departments: how notices name them
 * and the short form the reader returns (see tests/fixtures/CONVENTIONS.md).
 * Patterns are matched against folded text (lower case, no accents).
 */

export interface Body {
  name: string;
  /** Full names in EN/FR/DE, folded. */
  full: RegExp;
  /** The acronym as written (case-sensitive, matched against the original-case text). */
  acronym?: RegExp;
  city?: string;
}

export const BODIES: Body[] = [
  { name: 'European Commission', full: /\beuropean commission\b|\bcommission europeenne\b|\beuropaische[nrs]? kommission\b|\bcomision europea\b|\bcommissione europea\b|\bcomissao europeia\b|\bcomisi(?:a|ei) europe(?:ana|ne)\b|\beuropese commissie\b|\beuropa-?kommissionen|\beuropeiska kommissionen|\beuroopan komissio|\beuroopa komisjon|\beiropas komisij|\beuropos komisij|\bkomisj[a-z]{1,3} europejsk|\bevropsk[a-z]{1,3} komis|\beuropsk[a-z]{1,3} komisi|\bevropsk[a-z]{1,3} komisij|\beuropai bizottsag|европейск[а-я]{1,3} комиси|ευρωπαικ[ηςα]{1,3} επιτροπ[ηςα]{1,3}(?! των)|\bkummissjoni ewropea\b|\bcoimisiun eorpach\b/g },
  { name: 'European Parliament', full: /\beuropean parliament\b|\bparlement europeen\b|\beuropaische[sn]? parlament|\bparlamento europe[ou]\b|\bparlamentul(?:ui)? european\b|\beuropees parlement\b|\beuropa-?parlamentet|\beuroopan parlamen|\beuroopa parlament|\beiropas parlament|\beuropos parlament|\bparlament[a-z]{0,3} europejsk|\bevropsk[a-z]{1,3} parlament|\beuropsk[a-z]{1,3} parlament|\beuropai parlament|европейски[а-я]{0,2} парламент|ευρωπαικ[οουσ]{1,3} κοινοβουλι|\bparlament ewropew\b|\bparlaimint na heorpa\b/g },
  { name: 'Council of the European Union', full: /\bcouncil of the (?:european union|eu)\b|\bgeneral secretariat of the council\b|\bconseil de l.union europeenne\b|\bsecretariat general du conseil\b|\brat(?:es)? der europaischen union\b|\bgeneralsekretariat(?:s)? des rates\b|\bconsejo de la union europea\b|\bsecretaria general del consejo\b|\bconsiglio dell.unione europea\b|\bsegretariato generale del consiglio\b|\bconselho da uniao europeia\b|\bsecretariado-geral do conselho\b|\braad van de europese unie\b|\bsecretariaat-generaal van de raad\b|\bradet for den europæiske union|\bgeneralsekretariatet for radet\b|\beuropeiska unionens rad\b|\bradets generalsekretariat\b|\beuroopan unionin neuvosto|\bneuvoston paasihteeristo|\beuroopa liidu noukogu|\bnoukogu peasekretariaat|\beiropas savienibas padome|\bpadomes generalsekretariat|\beuropos sajungos taryb|\btarybos generalinis sekretoriatas|\brad[ay] unii europejskiej\b|\bsekretariat generalny rady\b|\brad[ay] evropske unie\b|\bgeneralni sekretariat rady\b|\brad[ay] europskej unie\b|\bgeneralny sekretariat rady\b|\bsvet evropske unije\b|\bgeneralni sekretariat sveta\b|\bvijece europske unije\b|\bglavno tajnistvo vijeca\b|\beuropai unio tanacsa|\ba tanacs fotitkarsaga|\bconsiliul(?:ui)? uniunii europene\b|\bsecretariatul general al consiliului\b|съвет(?:а|ът)? на европейския съюз|генерален секретариат на съвета|συμβουλιο(?:υ)? της ευρωπαικης ενωσης|γενικη γραμματεια του συμβουλιου|\bkunsill tal-unjoni ewropea\b|\bsegretarjat generali tal-kunsill\b|\bcomhairle an aontais eorpaigh\b/g, acronym: /\bGSC\b/g },
  { name: 'Court of Justice of the European Union', full: /\bcourt of justice of the european union\b|\bcour de justice de l.union europeenne\b|\bgerichtshof(?:s)? der europaischen union\b|\btribunal de justicia de la union europea\b|\bcorte di giustizia(?: dell.unione europea)?\b|\btribunal de justica da uniao europeia\b|\bhof van justitie van de europese unie\b|\bden europæiske unions domstol|\beuropeiska unionens domstol\b|\beuroopan unionin tuomioistuin|\beuroopa liidu kohus|\beiropas savienibas tiesa|\beuropos sajungos teisingumo teism|\btrybunal(?:u)? sprawiedliwosci unii europejskiej\b|\btrybunał(?:u)? sprawiedliwosci unii europejskiej\b|\bsoudni(?:ho)? dvor(?:a|u)? evropske unie\b|\bsudn[y]? dvor(?:a|u)? europskej unie\b|\bsodisc[ae] evropske unije\b|\bsud(?:a)? europske unije\b|\baz europai unio birosaga|\bcurtea de justitie a uniunii europene\b|съд(?:а|ът)? на европейския съюз|δικαστηριο(?:υ)? της ευρωπαικης ενωσης|\bqorti tal-gustizzja tal-unjoni ewropea\b|\btribunal de l.union europeenne\b|\bgeneral court of the european union\b|\bgericht der europaischen union\b|\btribunal geral da uniao europeia\b|\btribunal general de la union europea\b|\btribunale dell.unione europea\b|\bgerecht van de europese unie\b/g, acronym: /\bCJEU\b|\bCJUE\b|\bEuGH\b/g },
  { name: 'European Court of Auditors', full: /\beuropean court of auditors\b|\bcour des comptes europeenne\b|\beuropaische[nr]? rechnungshof|\btribunal de cuentas europeo\b|\bcorte dei conti europea\b|\btribunal de contas europeu\b|\beuropese rekenkamer\b|\beuropæiske revisionsret|\beuropeiska revisionsratten\b|\beuroopan tilintarkastustuomioistuin|\beuroopa kontrollikoda|\beiropas revizijas palat|\beuropos audito rum|\beuropejski trybunał obrachunkowy|\bevropsk[a-z]{1,3} ucetni(?:ho)? dvur|\beuropsk[a-z]{1,3} dvor(?:a)? auditorov\b|\bevropsk[a-z]{1,3} racunsk[a-z]{1,3} sodisc|\beuropsk[a-z]{1,3} revizorsk[a-z]{1,3} sud|\beuropai szamvevoszek|\bcurtea de conturi europeana\b|европейска(?:та)? сметна палата|ευρωπαικο ελεγκτικο συνεδριο|\bqorti ewropea tal-awdituri\b/g, acronym: /\bECA\b/g },
  { name: 'European Economic and Social Committee', full: /\beuropean economic and social committee\b|\bcomite economique et social europeen\b|\beuropaische[nrs]? wirtschafts- und sozialausschuss|\bcomite economico y social europeo\b|\bcomitato economico e sociale europeo\b|\bcomite economico e social europeu\b|\beuropees economisch en sociaal comite\b|\beuropæiske økonomiske og sociale udvalg|\beuropeiska ekonomiska och sociala kommitten|\beuroopan talous- ja sosiaalikomite|\beuroopa majandus- ja sotsiaalkomitee|\beiropas ekonomikas un socialo lietu komitej|\beuropos ekonomikos ir socialiniu reikalu komitet|\beuropejski komitet ekonomiczno-społeczny|\beuropejskiego komitetu ekonomiczno-społecznego|\bevropsk[a-z]{1,3} hospodarsk[a-z]{1,3} a socialni[a-z]{0,2} vybor|\beuropsk[a-z]{1,3} hospodarsk[a-z]{1,3} a socialn[a-z]{1,3} vybor|\bevropsk[a-z]{1,3} ekonomsko-socialn[a-z]{1,3} odbor|\beuropsk[a-z]{1,3} gospodarsk[a-z]{1,3} i socijaln[a-z]{1,3} odbor|\beuropai gazdasagi es szocialis bizottsag|\bcomitetul economic si social european\b|европейски(?:ят|я)? икономически и социален комитет|ευρωπαικ[ηςα]{1,3} οικονομικ[ηςα]{1,3} και κοινωνικ[ηςα]{1,3} επιτροπ[ηςα]{1,3}|\bkumitat ekonomiku u socjali ewropew\b/g, acronym: /\bEESC\b|\bCESE\b|\bEWSA\b|\bEHSV\b|\bEGSZB\b|\bEGSO\b|\bETSK\b|\bEMSK\b|\bEESK\b/g },
  { name: 'European Committee of the Regions', full: /\b(?:european )?committee of the regions\b|\bcomite (?:europeen )?des regions\b|\b(?:europaische[nr]? )?ausschuss(?:es)? der regionen\b|\bcomite (?:europeo )?de las regiones\b|\bcomitato (?:europeo )?delle regioni\b|\bcomite (?:europeu )?das regioes\b|\bcomite van de regio.s\b|\bregionsudvalget\b|\bregionkommitten\b|\balueiden komite|\bregioonide komitee|\bregionu komitej|\bregionu komitet|\bkomitet(?:u)? regionow\b|\bvybor(?:u)? regionu\b|\bvybor(?:u)? regionov\b|\bodbor(?:a)? regij[a]?\b|\bregiok bizottsaga|\bcomitetul (?:european al )?regiunilor\b|комитет(?:а|ът)? на регионите|επιτροπη των περιφερειων|\bkumitat (?:ewropew )?tar-regjuni\b/g, acronym: /\bCoR\b|\bCdR\b|\bAdR\b|\bCvdR\b/g },
  { name: 'European External Action Service', full: /\beuropean external action service\b|\beuropean union external action\b|\bservice europeen pour l.action exterieure\b|\beuropaische[nr]? auswartige[nr]? dienst|\bservicio europeo de accion exterior\b|\bservizio europeo per l.azione esterna\b|\bservico europeu para a acao externa\b|\beu (?:permanent )?(?:delegation|mission) to (?:the )?(?:world trade organi[sz]ation|united nations|un\b|wto\b|oecd|unesco|fao|council of europe)|\bdelegation of the european union to\b|\bdelegation de l.union europeenne (?:aupres|au|a|en)\b|\bdelegacion de la union europea (?:en|ante)\b|\bdelegation der europaischen union (?:in|bei)\b/g, acronym: /\bEEAS\b|\bSEAE\b/g },
  { name: 'European Ombudsman', full: /\beuropean ombudsman\b|\bmediateur europeen\b|\beuropaische[nr]? burgerbeauftragte|\bdefensor del pueblo europeo\b|\bmediatore europeo\b|\bprovedor(?:a)? de justica europeu\b|\beuropese ombudsman\b|\beuropæiske ombudsmand|\beuropeiska ombudsmannen\b|\beuroopan oikeusasiamie|\beuroopa ombudsman|\beuropos ombudsmen|\beuropejski rzecznik praw obywatelskich\b|\bevropsk[a-z]{1,3} verejn[a-z]{1,3} ochrance|\beuropsk[a-z]{1,3} ombudsman|\bevropsk[a-z]{1,3} varuh|\beuropai ombudsman|\bombudsmanul european\b|европейски(?:ят|я)? омбудсман|ευρωπαιο[υς]? διαμεσολαβητ|\bombudsman ewropew\b/g },
  { name: 'European Data Protection Supervisor', full: /\beuropean data protection supervisor\b|\bcontroleur europeen de la protection des donnees\b|\beuropaische[nr]? datenschutzbeauftragte|\bsupervisor europeo de proteccion de datos\b|\bgarante europeo della protezione dei dati\b/g, acronym: /\bEDPS\b|\bCEPD\b|\bEDSB\b|\bSEPD\b|\bGEPD\b/g },
  { name: 'European Central Bank', full: /\beuropean central bank\b|\bbanque centrale europeenne\b|\beuropaische[nr]? zentralbank\b/g, acronym: /\bECB\b/g },
  { name: 'European Investment Bank', full: /\beuropean investment bank\b/g, acronym: /\bEIB\b/g },
  { name: 'ECHA', full: /\beuropean chemicals agency\b|\bagence europeenne des produits chimiques\b|\beuropaische chemikalienagentur\b/g, acronym: /\bECHA\b/g },
  { name: 'EFSA', full: /\beuropean food safety authority\b|\bautorite europeenne de securite des aliments\b/g, acronym: /\bEFSA\b/g },
  { name: 'EMA', full: /\beuropean medicines agency\b|\bagence europeenne des medicaments\b|\bagencia europeia (?:de|do) medicamento|\bagencia europea de medicamentos\b|\bagenzia europea per i medicinali\b|\beuropaische arzneimittel-agentur\b/g, acronym: /\bEMA\b/g },
  { name: 'Frontex', full: /\beuropean border and coast guard agency\b/g, acronym: /\bFrontex\b|\bFRONTEX\b/g },
  // Until 2016: the Office for Harmonization in the Internal Market (OHIM, OHMI, OAMI, HABM, UAMI).
  { name: 'EUIPO', full: /\beuropean union intellectual property office\b|\boffice de l.union europeenne pour la propriete intellectuelle\b|\boficina de propiedad intelectual de la union europea\b|\bamt(?:s)? der europaischen union fur geistiges eigentum\b|\bufficio dell.unione europea per la proprieta intellettuale\b|\bieslaamt van de europese unie\b|\boffice for harmoni[sz]ation in the internal market\b|\boffice de l.harmonisation dans le marche interieur\b|\boficina de armonizacion del mercado interior\b|\bharmonisierungsamt(?:s)? fur den binnenmarkt\b|\bufficio per l.armonizzazione nel mercato interno\b|\binstituto de harmonizacao no mercado interno\b|\bbureau voor harmonisatie binnen de interne markt\b/g, acronym: /\bEUIPO\b|\bOHIM\b|\bOHMI\b|\bOAMI\b|\bHABM\b|\bUAMI\b/g },
  { name: 'EIOPA', full: /\beuropean insurance and occupational pensions authority\b/g, acronym: /\bEIOPA\b/g },
  { name: 'ESMA', full: /\beuropean securities and markets authority\b/g, acronym: /\bESMA\b/g },
  { name: 'EBA', full: /\beuropean banking authority\b/g, acronym: /\bEBA\b/g },
  { name: 'ENISA', full: /\beuropean union agency for cybersecurity\b/g, acronym: /\bENISA\b/g },
  { name: 'EMSA', full: /\beuropean maritime safety agency\b/g, acronym: /\bEMSA\b/g },
  { name: 'EEA', full: /\beuropean environment agency\b/g, acronym: /\bEEA\b(?!\s*(?:countries|agreement|states|nationals))/g },
  { name: 'ECDC', full: /\beuropean centre for disease prevention and control\b/g, acronym: /\bECDC\b/g },
  { name: 'Eurofound', full: /\beuropean foundation for the improvement of living and working conditions\b/g, acronym: /\bEurofound\b/g },
  { name: 'Cedefop', full: /\beuropean centre for the development of vocational training\b/g, acronym: /\bCedefop\b|\bCEDEFOP\b/g },
  { name: 'ETF', full: /\beuropean training foundation\b/g, acronym: /\bETF\b/g },
  { name: 'EU-OSHA', full: /\beuropean agency for safety and health at work\b/g, acronym: /\bEU-OSHA\b/g },
  { name: 'EASA', full: /\beuropean union aviation safety agency\b|\beuropean aviation safety agency\b|\bagencia de la union europea para la seguridad aerea\b|\bagencia europea de seguridad aerea\b|\bagenzia dell.unione europea per la sicurezza aerea\b|\bagence de l.union europeenne pour la securite aerienne\b|\bagentur der europaischen union fur flugsicherheit\b/g, acronym: /\bEASA\b/g },
  { name: 'ERA', full: /\beuropean union agency for railways\b/g, acronym: /\bERA\b/g },
  { name: 'FRA', full: /\beuropean union agency for fundamental rights\b/g, acronym: /\bFRA\b/g },
  { name: 'EIGE', full: /\beuropean institute for gender equality\b/g, acronym: /\bEIGE\b/g },
  { name: 'ELA', full: /\beuropean labour authority\b/g, acronym: /\bELA\b/g },
  { name: 'Europol', full: /\beuropean union agency for law enforcement cooperation\b/g, acronym: /\bEuropol\b|\bEUROPOL\b/g },
  { name: 'Eurojust', full: /\beuropean union agency for criminal justice cooperation\b/g, acronym: /\bEurojust\b|\bEUROJUST\b/g },
  // Before 2021 the European GNSS Agency (GSA): "European Global Navigation Satellite Systems Agency".
  { name: 'EUSPA', full: /\beuropean union agency for the space programme\b|\beuropean global navigations? satellite systems? agency\b/g, acronym: /\bEUSPA\b|\bGSA\b/g },
  { name: 'eu-LISA', full: /\beuropean union agency for the operational management of large-scale it systems\b/g, acronym: /\beu-LISA\b|\bEU-LISA\b/g },
  { name: 'CPVO', full: /\bcommunity plant variety office\b|\boffice communautaire des varietes vegetales\b/g, acronym: /\bCPVO\b|\bOCVV\b/g },
  { name: 'ACER', full: /\b(?:european union )?agency for the cooperation of energy regulators\b/g, acronym: /\bACER\b/g },
  { name: 'BEREC Office', full: /\bagency for support for berec\b/g, acronym: /\bBEREC\b/g },
  // Until 2022: the European Asylum Support Office (EASO).
  { name: 'EUAA', full: /\beuropean union agency for asylum\b|\bagence de l.union europeenne pour l.asile\b|\basylagentur der europaischen union\b|\bagencia de asilo de la union europea\b|\bagenzia dell.unione europea per l.asilo\b|\beuropean asylum support office\b|\bbureau europeen d.appui en matiere d.asile\b|\beuropaische[sn]? unterstutzungsburo(?:s)? fur asylfragen\b|\boficina europea de apoyo al asilo\b|\bufficio europeo di sostegno per l.asilo\b|\bgabinete europeu de apoio em materia de asilo\b/g, acronym: /\bEUAA\b|\bEASO\b/g },
  { name: 'EPPO', full: /\beuropean public prosecutor.s office\b/g, acronym: /\bEPPO\b/g },
  { name: 'SRB', full: /\bsingle resolution board\b/g, acronym: /\bSRB\b/g },
  { name: 'EIT', full: /\beuropean institute of innovation and technology\b/g, acronym: /\bEIT\b/g },
  { name: 'ECCC', full: /\beuropean cybersecurity (?:industrial, technology and research )?competence centre\b/g, acronym: /\bECCC\b/g },
  { name: 'EDA', full: /\beuropean defen[cs]e agency\b/g, acronym: /\bEDA\b/g },
  { name: 'SatCen', full: /\beuropean union satellite centre\b/g, acronym: /\bSatCen\b/g },
  { name: 'EUDA', full: /\beuropean union drugs agency\b/g, acronym: /\bEUDA\b/g },
  { name: 'HaDEA', full: /\beuropean health and digital executive agency\b|\bconsumers, health, agriculture and food executive agency\b/g, acronym: /\bHaDEA\b|\bCHAFEA\b/g },
  { name: 'REA', full: /\beuropean research executive agency\b/g, acronym: /\bREA\b/g },
  { name: 'ERCEA', full: /\beuropean research council executive agency\b/g, acronym: /\bERCEA\b/g },
  { name: 'EISMEA', full: /\beuropean innovation council and smes executive agency\b|\bexecutive agency for small and medium-sized enterprises\b/g, acronym: /\bEISMEA\b|\bEASME\b/g },
  { name: 'CINEA', full: /\beuropean climate, infrastructure and environment executive agency\b|\binnovation and networks executive agency\b/g, acronym: /\bCINEA\b|\bINEA\b/g },
  { name: 'EACEA', full: /\beuropean education and culture executive agency\b/g, acronym: /\bEACEA\b/g },
  { name: 'CdT', full: /\btranslation centre for the bodies of the european union\b/g, acronym: /\bCdT\b/g },
  { name: 'EFCA', full: /\beuropean fisheries control agency\b/g, acronym: /\bEFCA\b/g },
  { name: 'CEPOL', full: /\beuropean union agency for law enforcement training\b/g, acronym: /\bCEPOL\b/g },
  { name: 'AMLA', full: /\bauthority for anti-money laundering and countering the financing of terrorism\b|\banti-money laundering authority\b/g, acronym: /\bAMLA\b/g },
  // Joint undertakings, by the short name they sign with; F4E is Fusion for Energy.
  { name: 'F4E', full: /\bfusion for energy\b|\beuropean joint undertaking for iter\b/g, acronym: /\bF4E\b/g },
  { name: 'EuroHPC JU', full: /\beuropean high performance computing joint undertaking\b|\beurohpc joint undertaking\b/g, acronym: /\bEuroHPC\b/g },
  { name: 'SESAR JU', full: /\bsesar (?:3 )?joint undertaking\b|\bspolocny podnik pre vyskum manazmentu letovej prevadzky jednotneho europskeho neba\b|\bsesar (?:3 )?(?:gemeinsames unternehmen|entreprise commune|empresa comun|impresa comune)\b|\bsesar-(?:3-)?fællesforetagende/g },
  { name: 'IHI JU', full: /\binnovative health initiative(?: joint undertaking)?\b/g, acronym: /\bIHI\b/g },
  { name: 'Clean Aviation JU', full: /\bclean aviation joint undertaking\b|(?:entreprise commune|gemeinsame[sn]? unternehmen|impresa comune|empresa comun|empresa comum|gemeenschappelijke onderneming|wspolne przedsiewziecie|spolocny podnik|spolecny podnik|skupno podjetje|zajednicko poduzece|kozos vallalkozas|yhteisyritys|fællesforetagende|faellesforetagende|gemensamma foretaget|kopigas uznemums|bendroji imone|uhisettevote|intrapriza comuna|intreprinderea comuna|смесено предприятие|κοινη επιχειρηση)\s+(?:«\s*)?clean aviation\b|\bclean aviation(?:-| )(?:entreprise commune|gemeinsame[sn]? unternehmen|impresa comune|empresa comun|empresa comum|gemeenschappelijke onderneming|wspolne przedsiewziecie|spolocny podnik|spolecny podnik|skupno podjetje|zajednicko poduzece|kozos vallalkozas|yhteisyritys|fællesforetagende|faellesforetagende|gemensamma foretaget|kopigas uznemums|bendroji imone|uhisettevote|intrapriza comuna|intreprinderea comuna|смесено предприятие|κοινη επιχειρηση)/g },
  { name: 'Clean Sky 2 JU', full: /\bclean sky 2 joint undertaking\b|(?:entreprise commune|gemeinsame[sn]? unternehmen|impresa comune|empresa comun|empresa comum|gemeenschappelijke onderneming|wspolne przedsiewziecie|spolocny podnik|spolecny podnik|skupno podjetje|zajednicko poduzece|kozos vallalkozas|yhteisyritys|fællesforetagende|faellesforetagende|gemensamma foretaget|kopigas uznemums|bendroji imone|uhisettevote|intrapriza comuna|intreprinderea comuna|смесено предприятие|κοινη επιχειρηση)\s+(?:«\s*)?clean sky 2\b/g },
  { name: 'Clean Hydrogen JU', full: /\bclean hydrogen (?:partnership|joint undertaking)\b|(?:entreprise commune|gemeinsame[sn]? unternehmen|impresa comune|empresa comun|empresa comum|gemeenschappelijke onderneming|wspolne przedsiewziecie|spolocny podnik|spolecny podnik|skupno podjetje|zajednicko poduzece|kozos vallalkozas|yhteisyritys|fællesforetagende|faellesforetagende|gemensamma foretaget|kopigas uznemums|bendroji imone|uhisettevote|intrapriza comuna|intreprinderea comuna|смесено предприятие|κοινη επιχειρηση)\s+(?:«\s*)?clean hydrogen\b/g },
  { name: 'Chips JU', full: /\bchips joint undertaking\b|(?:entreprise commune|gemeinsame[sn]? unternehmen|impresa comune|empresa comun|empresa comum|gemeenschappelijke onderneming|wspolne przedsiewziecie|spolocny podnik|spolecny podnik|skupno podjetje|zajednicko poduzece|kozos vallalkozas|yhteisyritys|fællesforetagende|faellesforetagende|gemensamma foretaget|kopigas uznemums|bendroji imone|uhisettevote|intrapriza comuna|intreprinderea comuna|смесено предприятие|κοινη επιχειρηση)\s+(?:«\s*)?(?:chips|puces|pour les puces)\b/g },
  { name: 'CBE JU', full: /\bcircular bio-based europe joint undertaking\b|\bspolocn[a-z]* podnik[a-z]* (?:pre europske obehove hospodarstvo vyuzivajuce biologicke materialy|cbe)\b/g, acronym: /\bCBE JU\b/g },
  { name: 'BBI JU', full: /\bbio-based industries joint undertaking\b/g, acronym: /\bBBI JU\b/g },
  { name: 'EU-RAIL', full: /\beurope.s rail joint undertaking\b/g, acronym: /\bEU-RAIL\b|\bEU-Rail\b/g },
  { name: 'Global Health EDCTP3 JU', full: /\bglobal health edctp3(?: joint undertaking)?\b/g },
  { name: 'EPSO', full: /\beuropean personnel selection office\b|\boffice europeen de selection du personnel\b|\beuropaische[sn]? amt fur personalauswahl\b|\bufficio europeo di selezione del personale\b|\boficina europea de seleccion de personal\b|\bservico europeu de selecao do pessoal\b|ευρωπαικ[ηςα]{1,3} υπηρεσι[ας]{1,2} επιλογης προσωπικου/g, acronym: /\bEPSO\b/g },
]; // prettier-ignore

/**
 * Commission DGs and services (`ep`: the Parliament's; 'both': a name both use): acronym → short form; `ambiguous`
 * acronyms are ordinary words, counted only after "DG" or as unit codes.
 */
export const DEPARTMENTS: Array<{ acronym: string; short: string; full?: RegExp; ambiguous?: boolean; ep?: boolean | 'both' }> = [
  { acronym: 'AGRI', short: 'DG AGRI', full: /directorate-general for agriculture|direction generale de l.agriculture|generaldirektion landwirtschaft/ },
  { acronym: 'BUDG', short: 'DG BUDG', full: /directorate-general for budget|direction generale du budget|generaldirektion haushalt/ },
  { acronym: 'CLIMA', short: 'DG CLIMA', full: /directorate-general for climate action|direction generale de l.action pour le climat|generaldirektion klimapolitik/ },
  { acronym: 'CNECT', short: 'DG CONNECT', full: /directorate-general for communications networks|direction generale des reseaux de communication|generaldirektion kommunikationsnetze/ },
  { acronym: 'CONNECT', short: 'DG CONNECT' },
  // The Commission's and the Parliament's Directorates-General for Communication.
  { acronym: 'COMM', short: 'DG COMM', ep: 'both', full: /directorate-general for communication\b(?! networks)|direction generale de la communication|generaldirektion kommunikation|direzione generale della comunicazione|direccion general de comunicacion|direcao-geral da comunicacao|directoraat-generaal communicatie|dyrekcja generalna ds\. komunikacji|kommunikacios foigazgatosag|directia generala (?:pentru )?comunicare|generaldirektoratet for kommunikation/, ambiguous: true },
  { acronym: 'COMP', short: 'DG COMP', full: /directorate-general for competition|direction generale de la concurrence|generaldirektion wettbewerb/, ambiguous: true },
  { acronym: 'DEFIS', short: 'DG DEFIS', full: /directorate-general for defence industry/ },
  { acronym: 'DGT', short: 'DG DGT', full: /directorate-general for translation|direction generale de la traduction|generaldirektion ubersetzung/ },
  { acronym: 'DIGIT', short: 'DG DIGIT', full: /directorate-general for (?:informatics|digital services)|direction generale (?:de l.informatique|des services numeriques)|generaldirektion informatik/ },
  { acronym: 'EAC', short: 'DG EAC', full: /directorate-general for education, youth/ },
  { acronym: 'ECFIN', short: 'DG ECFIN', full: /directorate-general for economic and financial affairs|direction generale des affaires economiques et financieres|generaldirektion wirtschaft und finanzen/ },
  { acronym: 'ECHO', short: 'DG ECHO', full: /directorate-general for european civil protection/ },
  { acronym: 'EMPL', short: 'DG EMPL', full: /directorate-general for employment|direction generale de l.emploi|generaldirektion beschaftigung/ },
  { acronym: 'ENER', short: 'DG ENER', full: /directorate-general for energy|direction generale de l.energie|generaldirektion energie/ },
  { acronym: 'ENV', short: 'DG ENV', full: /directorate-general for (?:the )?environment|direction generale de l.environnement|generaldirektion umwelt/ },
  { acronym: 'ESTAT', short: 'DG ESTAT', full: /\beurostat\b/ },
  { acronym: 'FISMA', short: 'DG FISMA', full: /directorate-general for financial stability|direction generale de la stabilite financiere|generaldirektion finanzstabilitat/ },
  { acronym: 'GROW', short: 'DG GROW', full: /directorate-general for internal market, industry|direction generale du marche interieur, de l.industrie|generaldirektion binnenmarkt, industrie/ },
  { acronym: 'HERA', short: 'DG HERA', full: /health emergency preparedness and response authority/ },
  { acronym: 'HOME', short: 'DG HOME', full: /directorate-general for migration and home affairs|direction generale de la migration et des affaires interieures|generaldirektion migration und inneres/, ambiguous: true },
  { acronym: 'HR', short: 'DG HR', full: /directorate-general for (?:human resources|people first)|direction generale des ressources humaines|generaldirektion (?:humanressourcen|personal) und sicherheit/, ambiguous: true },
  { acronym: 'INTPA', short: 'DG INTPA', full: /directorate-general for international partnerships|direction generale des partenariats internationaux|generaldirektion internationale partnerschaften/ },
  { acronym: 'JRC', short: 'JRC', full: /\bjoint research centre\b|\bcentre commun de recherche\b|\bgemeinsame[n]? forschungsstelle\b/ },
  { acronym: 'JUST', short: 'DG JUST', full: /directorate-general for justice|direction generale de la justice|generaldirektion justiz/, ambiguous: true },
  { acronym: 'MARE', short: 'DG MARE', full: /directorate-general for maritime affairs|direction generale des affaires maritimes|generaldirektion maritime angelegenheiten/, ambiguous: true },
  { acronym: 'MENA', short: 'DG MENA', full: /directorate-general for (?:the )?middle east/ },
  { acronym: 'MOVE', short: 'DG MOVE', full: /directorate-general for mobility and transport|direction generale de la mobilite et des transports|generaldirektion mobilitat und verkehr/, ambiguous: true },
  { acronym: 'NEAR', short: 'DG NEAR', full: /directorate-general for (?:neighbourhood|enlargement)/, ambiguous: true },
  { acronym: 'ENEST', short: 'DG ENEST', full: /directorate-general for enlargement and (?:the )?eastern neighbourhood/ },
  { acronym: 'OLAF', short: 'OLAF', full: /european anti-fraud office|office europeen de lutte antifraude|europaische[sn]? amt fur betrugsbekampfung/ },
  { acronym: 'REFORM', short: 'DG REFORM', full: /directorate-general for structural reform/, ambiguous: true },
  // Before 2012 "for Regional Policy", and on Official Journal headings "DG Regional policy".
  { acronym: 'REGIO', short: 'DG REGIO', full: /directorate-general for regional (?:and urban )?policy|\bdg regional policy\b|direction generale de la politique regionale|generaldirektion regionalpolitik/ },
  // Before 2010 "Directorate-General for Research".
  { acronym: 'RTD', short: 'DG RTD', full: /directorate-general for research(?: and innovation)?\b|direction generale de la recherche|generaldirektion forschung/ },
  { acronym: 'SANTE', short: 'DG SANTE', full: /directorate-general for health and food safety|direction generale de la sante et de la securite alimentaire|generaldirektion gesundheit und lebensmittelsicherheit/ },
  { acronym: 'SG', short: 'SG', full: /\bsecretariat-general of the european commission\b/, ambiguous: true },
  { acronym: 'SJ', short: 'SJ', full: /\blegal service of the european commission\b/, ambiguous: true },
  { acronym: 'TAXUD', short: 'DG TAXUD', full: /directorate-general for taxation and customs|direction generale de la fiscalite et de l.union douaniere|generaldirektion steuern und zollunion/ },
  { acronym: 'TRADE', short: 'DG TRADE', full: /directorate-general for trade|direction generale du commerce|generaldirektion handel/, ambiguous: true },
  { acronym: 'SCIC', short: 'DG SCIC', full: /directorate-general for interpretation|direction generale de l.interpretation|generaldirektion dolmetschen/ },
  // Directorates-General of earlier Commissions, named in notices still published (EUR-Lex, document sites).
  { acronym: 'RELEX', short: 'DG RELEX', full: /directorate-general for external relations/ },
  { acronym: 'AIDCO', short: 'DG AIDCO', full: /europeaid co-?operation office/ },
  { acronym: 'INFSO', short: 'DG INFSO', full: /directorate-general for (?:the )?information society/ },
  { acronym: 'ENTR', short: 'DG ENTR', full: /directorate-general for (?:enterprise|entreprise) and industry/ },
  { acronym: 'MARKT', short: 'DG MARKT', full: /directorate-general for (?:the )?internal market and services/ },
  { acronym: 'SANCO', short: 'DG SANCO', full: /directorate-general for health and consumers?/ },
  { acronym: 'TREN', short: 'DG TREN', full: /directorate-general for energy and transport/ },
  { acronym: 'JLS', short: 'DG JLS', full: /directorate-general for justice, freedom and security/ },
  { acronym: 'ELARG', short: 'DG ELARG' },
  { acronym: 'DEVCO', short: 'DG DEVCO', full: /directorate-general for (?:international cooperation and development|development and cooperation)/ },
  { acronym: 'OIB', short: 'OIB', full: /office for infrastructure and logistics in brussels/ },
  { acronym: 'OIL', short: 'OIL', full: /office for infrastructure and logistics in luxembourg/, ambiguous: true },
  { acronym: 'PMO', short: 'PMO', full: /office for the administration and payment of individual entitlements/ },
  // Since 2024 "for Information Technology and Cybersecurity".
  { acronym: 'ITEC', short: 'DG ITEC', ep: true, full: /directorate-general for (?:innovation and technological support|information technology and cyber ?security)|direction generale de l.innovation et du support technologique|generaldirektion innovation und technologische unterstutzung|direzione generale dell.innovazione e del supporto tecnologico|direccion general de innovacion y apoyo tecnologico|generaldirektoratet for (?:innovation och tekniskt stod|informationsteknik och cybersakerhet)|directoraat-generaal innovatie en technologische ondersteuning/ },
  { acronym: 'PERS', short: 'DG PERS', ep: true, full: /directorate-general for personnel|direction generale du personnel|generaldirektion personal|direzione generale del personale|direccion general de personal|direcao-geral do pessoal|directoraat-generaal personeelszaken|dyrekcja generalna ds\. personelu|szemelyzeti foigazgatosag|directia generala (?:pentru )?personal|generaldirektoratet for personal/ },
  { acronym: 'FINS', short: 'DG FINS', ep: true, full: /directorate-general for finance|direction generale des finances|generaldirektion finanzen|direzione generale delle finanze|direccion general de finanzas|directoraat-generaal financien|dyrekcja generalna ds\. finansow|directia generala (?:pentru )?finante|penzugyi foigazgatosag/ },
  { acronym: 'INLO', short: 'DG INLO', ep: true, full: /directorate-general for infrastructure and logistics|direction generale des infrastructures et de la logistique|generaldirektion infrastruktur und logistik|direzione generale delle infrastrutture e della logistica|direccion general de infraestructuras y logistica|directoraat-generaal infrastructuur en logistiek|dyrekcja generalna ds\. infrastruktury i logistyki|directia generala infrastructura si logistica|generaldirektoratet for infrastruktur och logistik/ },
  { acronym: 'TRAD', short: 'DG TRAD', ep: true },
  { acronym: 'LINC', short: 'DG LINC', ep: true },
  { acronym: 'EPRS', short: 'DG EPRS', ep: true, full: /european parliamentary research service/ },
  { acronym: 'IPOL', short: 'DG IPOL', ep: true, full: /directorate-general for internal policies/ },
  { acronym: 'PRES', short: 'DG PRES', ep: true, full: /directorate-general for the presidency|direction generale de la presidence|generaldirektion prasidentschaft|direzione generale della presidenza|direccion general de la presidencia|direcao-geral da presidencia|directoraat-generaal presidium/ },
  // Since 2024, one of the four made of DG IPOL.
  { acronym: 'IUST', short: 'DG IUST', ep: true, full: /directorate-general for citizens.? rights, justice and institutional affairs/ },
  { acronym: 'EXPO', short: 'DG EXPO', ep: true, full: /directorate-general for external policies/ },
  { acronym: 'SAFE', short: 'DG SAFE', ep: true, full: /directorate-general for security and safety/, ambiguous: true },
]; // prettier-ignore
