/**
 * Common irregular English verbs as "base past participle": the stemmer cannot join "held" with
 * "holding" or "began" with "begin", and a report that changes the tense of a verb ("we are holding
 * the lines" → "we held the lines") still renders the same verb.
 */
const ROWS = `arise arose arisen|awake awoke awoken|be was been|bear bore borne|beat beat beaten|become became become
begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled
blow blew blown|break broke broken|breed bred bred|bring brought brought|build built built|burn burnt burnt
burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung
come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done
draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt
fight fought fought|find found found|flee fled fled|fling flung flung|fly flew flown|forbid forbade forbidden
forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone
grind ground ground|grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit
hold held held|hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led
leave left left|lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost|make made made
mean meant meant|meet met met|pay paid paid|put put put|quit quit quit|read read read|ride rode ridden
ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold
send sent sent|set set set|shake shook shaken|shoot shot shot|show showed shown|shut shut shut|sing sang sung
sink sank sunk|sit sat sat|sleep slept slept|slide slid slid|speak spoke spoken|spend spent spent|spin spun spun
split split split|spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck
sting stung stung|strike struck struck|swear swore sworn|sweep swept swept|swim swam swum|swing swung swung
take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown
understand understood understood|wake woke woken|wear wore worn|win won won|wind wound wound
withdraw withdrew withdrawn|write wrote written|broadcast broadcast broadcast|dwell dwelt dwelt
forecast forecast forecast|forsake forsook forsaken|leap leapt leapt|prove proved proven|rid rid rid
sew sewed sewn|shed shed shed|shine shone shone|shrink shrank shrunk|sling slung slung|slay slew slain
sow sowed sown|spit spat spat|stink stank stunk|stride strode stridden|strive strove striven
string strung strung|swell swelled swollen|thrust thrust thrust|tread trod trodden|upset upset upset
weave wove woven|weep wept wept|wring wrung wrung`;

/** Past and participle forms → base ("held" → "hold"). */
export const IRREGULAR_BASE: ReadonlyMap<string, string> = new Map(
  ROWS.split(/[|\n]/).flatMap((row) => {
    const [base, past, participle] = row.trim().split(' ') as [string, string, string];
    return [
      [past, base],
      [participle, base],
    ] as [string, string][];
  }),
);

/** Every irregular past and participle form. */
export const IRREGULAR_PAST_FORMS: readonly string[] = [...IRREGULAR_BASE.keys()];

/** Irregular noun plurals → singular ("children" → "child"): WordNet ships no exception lists. */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map(
  (
    'children child|people person|men man|women woman|feet foot|teeth tooth|mice mouse|geese goose|' +
    'lives life|wives wife|knives knife|leaves leaf|halves half|analyses analysis|crises crisis|' +
    'criteria criterion|phenomena phenomenon|data datum|media medium'
  )
    .split('|')
    .map((row) => row.split(' ') as [string, string]),
);
