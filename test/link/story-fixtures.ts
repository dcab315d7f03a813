import { makeArticle } from '../helpers/article.ts';

/** An invented ministry transcript: Q&A turns, first person, no quotation marks. */
export const TRANSCRIPT = makeArticle(
  'transcript',
  `Energy Minister Tomas Reyland’s interview with Nordic Daily

Question: The winter tariff freeze ends in March. Will households see higher bills?
Tomas Reyland: We have no intention of letting bills double overnight. The freeze will be replaced by a targeted rebate for the 400,000 households that spend more than a tenth of their income on heating. I signed the draft decree on Friday and the cabinet will vote on it next week.
Question: The Baltic Link pipeline is two years late. Who is to blame?
Tomas Reyland: I will not hide behind the contractors. The delays at the Klaipeda terminal were our own failure of planning, and we have replaced the project board. The first gas will flow through the Baltic Link in October, and I am prepared to resign if that date slips again.
Question: Are you negotiating a new supply contract with Norway?
Tomas Reyland: Talks with our Norwegian partners are continuing, but we do not disclose every detail of commercial negotiations. We expect to sign a ten-year agreement before the summer.
`,
);

/** A report of the transcript quoting it verbatim. */
export const REPORT_A = makeArticle(
  'report-a',
  `Reyland promises rebate as tariff freeze ends, offers to resign over pipeline delay

Energy Minister Tomas Reyland said on Sunday that his ministry would replace the winter tariff freeze with a targeted rebate, and offered to step down if the Baltic Link pipeline misses its new October deadline.
“We have no intention of letting bills double overnight,” Reyland told Nordic Daily. He said the rebate would go to the 400,000 households that spend more than a tenth of their income on heating.
The minister admitted the delays at the Klaipeda terminal were the government’s own fault. “I am prepared to resign if that date slips again,” he said.
Opposition leader Mara Kessel called the offer “theatre” and said households needed certainty, not promises.
`,
);

/** A second report of the same interview, shorter, quoting other passages. */
export const REPORT_B = makeArticle(
  'report-b',
  `Minister: Norway gas deal before summer

In an interview with Nordic Daily, Energy Minister Tomas Reyland said talks on a new supply contract with Norway were continuing.
“We expect to sign a ten-year agreement before the summer,” Reyland said, adding that the first gas would flow through the Baltic Link in October.
Reyland said he had signed a draft decree on Friday replacing the tariff freeze with a rebate for 400,000 households, and that the cabinet would vote on it next week.
`,
);

/** A report of a different, earlier interview by the same minister on the same subjects. */
export const OTHER_INTERVIEW = makeArticle(
  'other-interview',
  `Reyland rules out nuclear plant, defends tariff freeze

Energy Minister Tomas Reyland told Channel Nine in an interview broadcast on Tuesday that the government would not build a nuclear power plant this decade.
“Nuclear is a twenty-year question, and our households need answers this winter,” Reyland said. He defended the tariff freeze, which he said had cost the budget 1.2 billion euros, as “the only responsible choice”.
Asked about the pipeline, Reyland said the contractors had assured him the work was on schedule.
Channel Nine host Petra Lind pressed him on rising electricity prices, and Reyland replied that wind farms in the north would cut costs by 2028.
`,
);

/** An unrelated event: a report with no interview at all. */
export const EARTHQUAKE = makeArticle(
  'earthquake',
  `Magnitude 6.1 earthquake shakes central Chile, no casualties reported

A magnitude 6.1 earthquake struck central Chile on Wednesday, shaking buildings in Santiago and Valparaiso, the national seismological centre said.
The quake hit at a depth of 35 kilometres about 40 kilometres north-east of Valparaiso at 14:12 local time. Emergency services said there were no immediate reports of casualties or serious damage.
The copper mining company Andes Metals said it had halted operations at two mines as a precaution while engineers inspected shafts.
`,
);

/** A second report of the same earthquake, with no shared wording. */
export const EARTHQUAKE_2 = makeArticle(
  'earthquake-2',
  `Strong quake rattles Santiago; copper mines pause work

Buildings swayed in Santiago on Wednesday as a 6.1-magnitude earthquake hit central Chile, seismologists said, but no injuries were reported.
The tremor was centred 40 km north-east of Valparaiso at a depth of 35 km, according to the national seismological centre.
Andes Metals suspended work at two copper mines so engineers could check the shafts, a spokeswoman said.
`,
);

export const ALL = [TRANSCRIPT, REPORT_A, REPORT_B, OTHER_INTERVIEW, EARTHQUAKE, EARTHQUAKE_2];

/**
 * Two different events of one kind on the same dates: dock strikes at two invented ports, each
 * told by three invented outlets in their own words. Topic words (port, strike, union, wages,
 * cargo) are shared by all six; who, where and the figures are not.
 */
const dated = (id: string, published: string, text: string) =>
  makeArticle(id, text, { published, title: text.split('\n')[0]! });

export const VELMAR_WIRE = dated(
  'velmar-wire',
  '2031-05-12',
  `Crane operators walk out at Velmar port over pay

Crane operators at the port of Velmar began a 48-hour strike on Monday, halting container traffic, the Harbour Crane Guild said.
Guild leader Ilse Varga said members rejected a 3 percent pay offer from Velmar Terminals and wanted 9 percent. About 14 container ships were waiting outside the breakwater, the harbour master said.
`,
);
export const VELMAR_DAILY = dated(
  'velmar-daily',
  '2031-05-12',
  `Ships queue off Velmar as guild stops the cranes

Fourteen vessels lay at anchor off Velmar on Monday after the Harbour Crane Guild pulled its operators off the quays for two days.
“A 3 percent raise is an insult after two years of overtime,” Varga told reporters at the gate. Velmar Terminals called the stoppage unlawful and said it would seek damages.
`,
);
export const VELMAR_BLOG = dated(
  'velmar-blog',
  '2031-05-13',
  `Varga’s guild tests Velmar Terminals with two-day stoppage

The crane stoppage at Velmar entered its second day on Tuesday. Ilse Varga, who leads the Harbour Crane Guild, is asking Velmar Terminals for 9 percent instead of the 3 percent on the table.
The harbour master counted 14 container ships waiting at the breakwater.
`,
);
export const KORSBY_WIRE = dated(
  'korsby-wire',
  '2031-05-12',
  `Harbour pilots strike at Korsby, tankers held at sea

Harbour pilots at Korsby stopped work on Monday in a dispute over night-shift pay, leaving tankers unable to enter the port, the Pilots Association said.
Association chairman Oren Lask said the port authority had refused to restore a night allowance it cut in January. Seven tankers and a ferry were held at sea.
`,
);
export const KORSBY_DAILY = dated(
  'korsby-daily',
  '2031-05-12',
  `Korsby ferry stranded as pilots down tools

A ferry with 300 passengers and seven tankers could not dock at Korsby on Monday after harbour pilots walked out over the night allowance.
“Nobody guides a tanker through the channel at 3 a.m. for a day rate,” Lask said. The Korsby port authority said talks would resume on Wednesday.
`,
);
export const KORSBY_BLOG = dated(
  'korsby-blog',
  '2031-05-13',
  `Lask’s pilots keep Korsby channel shut for a second day

The pilots’ walkout at Korsby went into Tuesday. Oren Lask and the Pilots Association want the night allowance cut in January restored; the port authority says it cannot afford it.
Seven tankers remain at anchor.
`,
);

export const VELMAR = [VELMAR_WIRE, VELMAR_DAILY, VELMAR_BLOG];
export const KORSBY = [KORSBY_WIRE, KORSBY_DAILY, KORSBY_BLOG];

/** A headline-only JSONL record of the Velmar strike: a feed export with no body. */
export const VELMAR_HEADLINE_RECORD = {
  id: 'velmar-headline',
  title: 'Velmar crane operators strike as Harbour Crane Guild rejects 3 percent offer',
  published: '2031-05-12',
};
