/**
 * Major international and national organisations with their acronyms, and the head words that make
 * a capitalised phrase an organisation ("… Ministry", "… Commission") or a place ("… River").
 * General world knowledge: an acronym and its expansion resolve to one entity ("EU" = "European
 * Union"), while a body and its parent stay apart ("European Commission" ≠ "European Union"). The
 * name given first is the one news uses: the acronym for bodies hardly ever spelt out ("NATO",
 * "FBI", "CIA"), so a speaker reads as the article names it.
 */
export interface OrganizationRow {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly example: string;
}

function org(name: string, aliases: readonly string[], example: string): OrganizationRow {
  return { name, aliases, example };
}

export const ORGANIZATIONS: readonly OrganizationRow[] = [
  org('United Nations', ['UN', 'U.N.'], 'the UN General Assembly voted'),
  org('UN Security Council', ['Security Council', 'UNSC'], 'the UN Security Council met'),
  org('UN General Assembly', ['General Assembly', 'UNGA'], 'addressed the UN General Assembly'),
  org('NATO', ['North Atlantic Treaty Organization', 'Nato'], 'NATO membership'),
  org('European Union', ['EU', 'E.U.'], 'EU countries acknowledge'),
  org('European Commission', [], "the European Commission's interpretation"),
  org('European Parliament', [], 'the European Parliament voted'),
  org('European Council', [], 'the European Council summit'),
  org('European Central Bank', ['ECB'], 'the ECB raised rates'),
  org('Council of Europe', [], 'the Council of Europe'),
  org('International Monetary Fund', ['IMF'], 'an IMF loan'),
  org('World Bank', [], 'the World Bank said'),
  org('World Trade Organization', ['WTO'], 'a WTO dispute'),
  org('World Health Organization', ['WHO'], 'the WHO warned'),
  org('International Atomic Energy Agency', ['IAEA'], 'IAEA inspectors'),
  org('International Criminal Court', ['ICC'], 'an ICC warrant'),
  org('International Court of Justice', ['ICJ'], 'the ICJ ruled'),
  org('Organization for Security and Co-operation in Europe', ['OSCE'], 'OSCE monitors'),
  org('Organization of the Petroleum Exporting Countries', ['OPEC'], 'OPEC cut output'),
  org('OPEC+', [], 'OPEC+ agreed'),
  org('Group of Seven', ['G7', 'G-7'], 'G7 leaders'),
  org('Group of Twenty', ['G20', 'G-20'], 'the G20 summit'),
  org('BRICS', [], 'the BRICS bloc'),
  org('Shanghai Cooperation Organisation', ['SCO', 'Shanghai Cooperation Organization'], 'SCO summit'),
  org('Collective Security Treaty Organization', ['CSTO'], 'CSTO troops'),
  org('Association of Southeast Asian Nations', ['ASEAN'], 'ASEAN ministers'),
  org('African Union', ['AU'], 'the African Union'),
  org('Arab League', ['League of Arab States'], 'the Arab League'),
  org('Gulf Cooperation Council', ['GCC'], 'GCC states'),
  org('Commonwealth of Independent States', ['CIS'], 'CIS countries'),
  org('Red Cross', ['International Committee of the Red Cross', 'ICRC'], 'the Red Cross said'),
  org('UNESCO', [], 'a UNESCO site'),
  org('UNICEF', [], 'UNICEF said'),
  org('Federal Reserve', ['Fed'], 'the Federal Reserve'),
  org('State Department', ['US State Department', 'Department of State'], 'the State Department said'),
  org('CIA', ['Central Intelligence Agency'], 'the CIA said'),
  org('FBI', ['Federal Bureau of Investigation'], 'the FBI said'),
  org('FSB', ['Federal Security Service'], 'the FSB said'),
  org('US Congress', ['Congress'], 'Congress passed'),
  org('US Senate', ['Senate'], 'the Senate voted'),
  org('State Duma', ['Duma'], 'the State Duma'),
  org('Bundestag', [], 'the Bundestag voted'),
  org('Knesset', [], 'the Knesset voted'),
  org('Verkhovna Rada', ['Rada'], 'the Rada voted'),
  org('Hamas', [], 'Hamas said'),
  org('Hezbollah', [], 'Hezbollah said'),
  org('Taliban', [], 'the Taliban said'),
];

/** Last words that make a capitalised phrase an organisation. */
export const ORGANIZATION_HEADS: readonly { word: string; example: string }[] = [
  { word: 'ministry', example: 'Russian Ministry of Foreign Affairs' },
  { word: 'department', example: 'Justice Department' },
  { word: 'commission', example: 'Electoral Commission' },
  { word: 'committee', example: 'Central Committee' },
  { word: 'council', example: 'Security Council' },
  { word: 'union', example: 'Eurasian Economic Union' },
  { word: 'party', example: 'Labour Party' },
  { word: 'bank', example: 'Deutsche Bank' },
  { word: 'fund', example: 'Sovereign Wealth Fund' },
  { word: 'agency', example: 'Space Agency' },
  { word: 'organization', example: 'Trade Organization' },
  { word: 'organisation', example: 'Trade Organisation' },
  { word: 'association', example: 'Bar Association' },
  { word: 'institute', example: 'Peace Institute' },
  { word: 'university', example: 'Moscow State University' },
  { word: 'court', example: 'Supreme Court' },
  { word: 'parliament', example: 'European Parliament' },
  { word: 'assembly', example: 'National Assembly' },
  { word: 'army', example: 'Red Army' },
  { word: 'forces', example: 'Armed Forces' },
  { word: 'navy', example: 'Royal Navy' },
  { word: 'group', example: 'Wagner Group' },
  { word: 'company', example: 'Trading Company' },
  { word: 'corporation', example: 'Steel Corporation' },
  { word: 'corp', example: 'Acme Corp' },
  { word: 'inc', example: 'Acme Inc' },
  { word: 'ltd', example: 'Acme Ltd' },
  { word: 'plc', example: 'Acme Plc' },
  { word: 'airlines', example: 'Aeroflot Airlines' },
  { word: 'industries', example: 'Tarvo Industries' },
  { word: 'holdings', example: 'Corvane Holdings' },
  { word: 'llc', example: 'Acme LLC' },
  { word: 'enterprises', example: 'Nordvik Enterprises' },
  { word: 'technologies', example: 'Brightline Technologies' },
  { word: 'laboratories', example: 'Halden Laboratories' },
  { word: 'pharmaceuticals', example: 'Osterby Pharmaceuticals' },
  { word: 'productions', example: 'Brightway Productions' },
  { word: 'studios', example: 'Halden Studios' },
  { word: 'records', example: 'Northbank Records' },
  { word: 'pictures', example: 'Corvane Pictures' },
  { word: 'entertainment', example: 'Tarvo Entertainment' },
  { word: 'motors', example: 'Nordvik Motors' },
  { word: 'ventures', example: 'Harlow Ventures' },
  { word: 'bureau', example: 'the Federal Bureau of Investigation' },
  { word: 'office', example: 'Foreign Office' },
  { word: 'administration', example: 'Food and Drug Administration' },
  { word: 'service', example: 'Security Service' },
  { word: 'federation', example: 'Football Federation' },
  { word: 'alliance', example: 'Atlantic Alliance' },
  { word: 'movement', example: 'Non-Aligned Movement' },
  { word: 'front', example: 'National Front' },
  { word: 'center', example: 'Carter Center' },
  { word: 'centre', example: 'Grattan Centre' },
  { word: 'foundation', example: 'Gates Foundation' },
  { word: 'trust', example: 'Lowfield Hospitals Trust' },
  { word: 'society', example: 'Royal Society' },
];

/** The organisation head words, for look-ups. */
export const ORGANIZATION_HEAD_WORDS: ReadonlySet<string> = new Set(ORGANIZATION_HEADS.map((h) => h.word));

/** A body's head word, singular or with a plural -s ("Institute", "Centers"). */
export function isOrganizationHeadWord(norm: string): boolean {
  return (
    ORGANIZATION_HEAD_WORDS.has(norm) ||
    (norm.endsWith('s') && ORGANIZATION_HEAD_WORDS.has(norm.slice(0, -1)))
  );
}

/**
 * Prepositions that continue a body's name after its head: "Centers for Disease Control",
 * "Council on Foreign Relations". Only after an organisation head ("wrote Ann Lee for Morning
 * Post" is a person and an outlet), and never into a day ("the Commission on Monday").
 */
export const BODY_NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'on']);

/** Lower-case words inside a body's name ("Friends of the Harbour", "Department of Health and Social Care"). */
export const BODY_NAME_INNER_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'on', 'in']);

/** Last (or first, before "of") words that make a capitalised phrase a place or polity. */
export const PLACE_HEADS: readonly { word: string; example: string }[] = [
  { word: 'river', example: 'Congo River' },
  { word: 'sea', example: 'Black Sea' },
  { word: 'gulf', example: 'Gulf of Tonkin' },
  { word: 'ocean', example: 'Pacific Ocean' },
  { word: 'lake', example: 'Lake Ladoga' },
  { word: 'bay', example: 'Bay of Bengal' },
  { word: 'strait', example: 'Strait of Hormuz' },
  { word: 'island', example: 'Snake Island' },
  { word: 'islands', example: 'Kuril Islands' },
  { word: 'peninsula', example: 'Korean Peninsula' },
  { word: 'mountains', example: 'Ural Mountains' },
  { word: 'mount', example: 'Mount Elbrus' },
  { word: 'valley', example: 'Fergana Valley' },
  { word: 'canal', example: 'Suez Canal' },
  { word: 'region', example: 'Kursk Region' },
  { word: 'oblast', example: 'Kherson Oblast' },
  { word: 'province', example: 'Idlib Province' },
  { word: 'republic', example: 'Czech Republic' },
  { word: 'empire', example: 'Ottoman Empire' },
  { word: 'kingdom', example: 'United Kingdom' },
  { word: 'square', example: 'Red Square' },
  { word: 'street', example: 'Wall Street' },
  { word: 'airport', example: 'Sheremetyevo Airport' },
  { word: 'city', example: 'Vatican City' },
  { word: 'county', example: 'Orange County' },
];

/** Last words that make a capitalised phrase a news outlet ("Time Magazine", "Kyiv Post"). */
export const MEDIA_HEADS: readonly { word: string; example: string }[] = [
  { word: 'magazine', example: 'Time Magazine' },
  { word: 'times', example: 'Moscow Times' },
  { word: 'post', example: 'Kyiv Post' },
  { word: 'news', example: 'Sky News' },
  { word: 'journal', example: 'Wall Street Journal' },
  { word: 'herald', example: 'Miami Herald' },
  { word: 'gazette', example: 'Montreal Gazette' },
  { word: 'tribune', example: 'Chicago Tribune' },
  { word: 'telegraph', example: 'Daily Telegraph' },
  { word: 'daily', example: 'China Daily' },
  { word: 'tv', example: 'Dozhd TV' },
  { word: 'radio', example: 'Echo Radio' },
  { word: 'television', example: 'Central Television' },
  { word: 'newspaper', example: 'Izvestia newspaper' },
];
