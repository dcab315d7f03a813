/**
 * Speakers named beside a description: a role phrase before or after a comma-bounded name, an
 * age, an owner's phrase, a bracketed party label, a spilled attribution going on with an
 * adjunct, and introductory phrases that open a sentence. Invented sentences, one construction
 * each, read through the whole quote extractor with the real entity index.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerOfText as speakerOf } from '../helpers/quotes-of.ts';

/** Each case: a sentence, words of the quote it holds, and what the quote's speaker must match. */
const NAMED_SPEAKERS: readonly { name: string; text: string; words: string; speaker: RegExp }[] = [
  {
    name: 'a role phrase outside the lexicon before a comma-bounded name gives the name',
    text: 'The mayor lost the vote. Her campaign manager, Tobias Renk, suggested that the count "may have been wrong."',
    words: 'may have been wrong',
    speaker: /Renk/u,
  },
  {
    name: 'a role with an owner before a comma-bounded name gives the name',
    text: "The mayor lost. Mr. Lund's former campaign manager, Cory Lenz, said the staff member who followed him was fine.",
    words: 'staff member',
    speaker: /Lenz/u,
  },
  {
    name: '"said in a statement" takes no document for the speaker',
    text: 'The party spent heavily. "We will fight for local control," Tom Vega, 45, said in a statement.',
    words: 'local control',
    speaker: /Tom Vega/u,
  },
  {
    name: 'an owner may open the appositive between a name and its verb',
    text: 'The party spent heavily. "We will fight for local control," Tom Vega, Pruitt\'s campaign manager, said in a statement.',
    words: 'local control',
    speaker: /Tom Vega/u,
  },
  {
    name: 'an age and a town-and-state appositive belong to the name before them',
    text: 'The mayor lost the vote. "I just do not think she has been truthful," Cecelia Varn, 67, a retired clerk in Allentown, Pa., said in a follow-up interview.',
    words: 'truthful',
    speaker: /Cecelia Varn/u,
  },
  {
    name: 'after an inverted verb, a described role followed by a name gives the name',
    text: 'The mayor lost the vote. "We are anxious," said another Twitter user, Johanna Beck. "The storms are getting closer."',
    words: 'anxious',
    speaker: /Johanna Beck/u,
  },
  {
    name: 'an inverted role with a prepositional phrase before the name gives the name',
    text: 'The plant is under pressure from imports, said the chief executive of Dunmore Steel, John J. Ferrall. The plant has a no-layoff policy.',
    words: 'under pressure',
    speaker: /Ferrall/u,
  },
  {
    name: 'an inverted role with no name after it stays the speaker',
    text: 'The vote was close. "We are anxious," said the mayor, adding that the levy would pass.',
    words: 'anxious',
    speaker: /mayor/u,
  },
  {
    name: 'a bracketed party label closing an appositive belongs to the name',
    text: 'The mayor lost the vote. Another former lawmaker, Sen. Joe Hamlin (I-Conn.), also stated his intention to vote for the levy on Wednesday.',
    words: 'vote for the levy',
    speaker: /Joe Hamlin/u,
  },
  {
    name: 'a spilled attribution may go on with an adjunct clause',
    text: 'The vote was close. "Brell is proud to cast its votes for the levy!" County Judge Harlan Voss said as he opened the session. Minutes later the count began.',
    words: 'proud to cast',
    speaker: /Harlan Voss/u,
  },
  {
    name: 'a capitalised preposition opening the sentence is no subject',
    text: 'The race is tight. Ahead of the March contests, Lund Brenner assumed a new style, launching insults that ranged from mocking the mayor to attacking the council.',
    words: 'attacking the council',
    speaker: /Brenner/u,
  },
  {
    name: 'a name in an opening participle clause is not the antecedent of the pronoun after its comma',
    text: 'Security adviser Jake Sillman spoke on Thursday. "We want stable ties," he said.\n\nBorrowing a phrase from Commission President Ursula von der Lanen, he said the city was "for de-risking, not decoupling."',
    words: 'de-risking',
    speaker: /Sillman/u,
  },
  {
    name: 'a comma after a preposition frees the name after it',
    text: 'The hearing ended. If the towns fail, the state board can step in, Wilma Cox said. "That is the plan."',
    words: 'state board can step in',
    speaker: /Cox/u,
  },
  {
    name: 'a relative appositive opened by "who\'s" is read past',
    text: 'It was three years ago that Michael Bloomer, who\'s thinking about running for mayor, said it was "impossible" for him to win.',
    words: 'impossible',
    speaker: /Michael Bloomer/u,
  },
  {
    name: 'an inverted description may hold a capitalised modifier before the name',
    text: 'The race tightened. "October was good for her," said former Brink adviser Dale Axton. The end came.',
    words: 'October was good',
    speaker: /Dale Axton/u,
  },
  {
    name: '"of" may join the words of an inverted description',
    text: 'The hall was full. "Thanks for welcoming these families," said master of ceremonies Asab Tabor, an engineer who settled here decades ago.',
    words: 'welcoming these families',
    speaker: /Asab Tabor/u,
  },
  {
    name: 'a time phrase between a named subject and its verb is read past',
    text: 'The count went on. Party spokesman Sean Spicker on Thursday evening said the party was not in a crisis.',
    words: 'not in a crisis',
    speaker: /Sean Spicker/u,
  },
  {
    name: 'a time phrase ending a participle’s object is no subject boundary',
    text: 'The judge ruled. Mr. Lund, who lost the case, issued a statement Tuesday saying "the ruling was wrong."',
    words: 'the ruling was wrong',
    speaker: /Lund/u,
  },
  {
    name: 'a capitals dateline before its dash is no subject',
    text: 'LA CROSSE, Wisc. — Gov. Mike Pentz on Thursday blamed the media for the fuss over the claim, saying they were "nitpicking" at every word.',
    words: 'nitpicking',
    speaker: /Mike Pentz/u,
  },
  {
    name: 'a state and a day set off after an introductory phrase belong to it',
    text: 'At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sandler of Vermont endorsed Ms. Clifton, saying that "she is ready to lead."',
    words: 'ready to lead',
    speaker: /Sandler/u,
  },
  {
    name: 'after an inverted verb a name may modify the description of the person named next',
    text: 'Sales rose. "It was a sizable purchase of data," said Dunmore campaign spokesman Rick Tyne.',
    words: 'sizable purchase',
    speaker: /Rick Tyne/u,
  },
  {
    name: 'an age before a hometown appositive belongs to the name',
    text: 'By midday, the group had swelled. Cory Jameson, 22, of Flint, Mich., said he had not given up hope that the mayor could win.',
    words: 'given up hope',
    speaker: /Cory Jameson/u,
  },
  {
    name: 'a name and a verb outside the lexicon right after a closing comma attribute the quotation',
    text: 'The host was angry. "For a start, his wife has explained that she chose not to speak," Olver barked. The crowd laughed.',
    words: 'For a start',
    speaker: /Olver/u,
  },
  {
    name: 'an inverted verb outside the lexicon followed by a name ending the clause attributes the quotation',
    text: 'The city braced. "Gun owners should leave their weapons at home," opined the Brell Courier. The warnings amounted to little.',
    words: 'Gun owners',
    speaker: /Brell Courier/u,
  },
  {
    name: 'a name and a verb outside the lexicon closing a lead-in attribute the quotation after it',
    text: 'He called his rival robotic. And Mr. Christo gloated: "I told you he would not be ready for this."',
    words: 'not be ready',
    speaker: /Christo/u,
  },
  {
    name: 'a phrase of the statement’s medium between subject and verb is no subject',
    text: 'The agents met. Orla Brandt in a Medium post said she would appoint more judges.',
    words: 'appoint more judges',
    speaker: /Orla Brandt/u,
  },
  {
    name: 'a platform after "on" between subject and verb is no subject',
    text: 'The agents met. Orla Brandt on Twitter said she would appoint more judges.',
    words: 'appoint more judges',
    speaker: /Orla Brandt/u,
  },
  {
    name: 'a name and a day closing a comma-bounded insert are not read as a medium phrase',
    text: 'The agents met. Orla Brandt, who held three events across Iowa on Friday, has urged the board to release the files.',
    words: 'release the files',
    speaker: /Orla Brandt/u,
  },
  {
    name: 'a time adverb leading the day between subject and verb',
    text: 'The agents met. Orla Brandt later Thursday told Fox News: "Both of them need to sit down and talk."',
    words: 'sit down and talk',
    speaker: /Orla Brandt/u,
  },
  {
    name: 'a time adverb leading "in the day" after a bracketed label is read past, before an unlisted verb too',
    text: 'The panel met. Ilsa Varn spoke after Chairman Orla Brandt (R-Ohio) earlier in the day touted the progress the panel has made.',
    words: 'the progress the panel',
    speaker: /Orla Brandt/u,
  },
  {
    name: 'a party label may close a described inverted subject before its appositive',
    text: 'The count went on. "He is in great conflict," said former Osland governor Orla Brandt (D), a party elder.',
    words: 'great conflict',
    speaker: /Orla Brandt/u,
  },
  {
    name: '"that" after a verb past a long insert opens its complement, never an inverted subject',
    text: 'The city voted. Ivo Brandt, whose hometown, Linz, may be underwater within decades, argues that government efforts will fail.',
    words: 'government efforts will fail',
    speaker: /Ivo Brandt/u,
  },
  {
    name: 'a role phrase ending in "and" before a coordinated verb is no subject; the clause’s is',
    text: 'The race tightened. Tomas Weller met the Brandt campaign in October and said he had drafted a slew of papers.',
    words: 'slew of papers',
    speaker: /Tomas Weller/u,
  },
  {
    name: '"one" opens a role phrase whose name is set off after it',
    text: 'Voters gathered in Linz. One voter, Orla Brandt, said she liked the plan.',
    words: 'liked the plan',
    speaker: /Orla Brandt/u,
  },
  {
    name: 'a name set off after a role may carry its affiliation and town',
    text: 'Voters gathered in Linz. One pastor backing the plan, Orla Brandt of Grace Church in Linz, said she liked it.',
    words: 'liked it',
    speaker: /Orla Brandt/u,
  },
  {
    name: '"one" before a time noun opens no role phrase',
    text: 'Voters gathered in Linz. One day, Orla Brandt said she liked the plan.',
    words: 'liked the plan',
    speaker: /Orla Brandt/u,
  },
  {
    name: 'a definite noun closing the clause after an inverted verb is the speaker, kept as its words',
    text: 'Orla Brandt spoke in Linz. “How big is that wall?” asked the boy, who wore a red hat. The crowd laughed.',
    words: 'How big',
    speaker: /^the boy$/u,
  },
  {
    name: 'an imperative before a definite noun that names no one ("Note the certainty.") gives no speaker',
    text: 'Orla Brandt stood up and told the council that “the ferry will run in May.” Note the certainty.\n\nWorse, she let slip that the town has “agreed to sell the harbour to a developer,” which will surprise the board.',
    words: 'sell the harbour',
    speaker: /Orla Brandt/u,
  },
  {
    name: 'a definite noun opening the reported clause after a verb is no inverted speaker',
    text: 'Orla Brandt spoke in Linz. “It is hard,” Brandt said. She said the plan would fail.',
    words: 'plan would fail',
    speaker: /Brandt/u,
  },
  {
    name: 'a name ending a participle phrase on the subject is the participle’s object',
    text: 'The agents met. A source speaking to Fox News said the leak came from inside the campaign.',
    words: 'leak came from',
    speaker: /^A source$/u,
  },
  {
    name: 'a restrictive relative clause opened by a contraction of "who" ends in its own object',
    text: 'The agents met. Many of the local leaders who’d rather be working for Orla Brandt said they backed the ticket.',
    words: 'backed the ticket',
    speaker: /local leaders/u,
  },
  {
    name: 'a place inside a relative appositive, as a town and its state, is no subject',
    text: 'The families met. Sandy Phelan, who lost her daughter during the shooting in Aurora, Colorado, in July 2012, said that the senator had treated her family badly.',
    words: 'treated her family',
    speaker: /Phelan/u,
  },
  {
    name: 'an appositive to a preposition’s object inside a participle insert is no subject',
    text: 'The families met. Sen. Tobias Renk, facing a spirited challenge in Iowa, a swing state, said he would welcome the governor.',
    words: 'welcome the governor',
    speaker: /Renk/u,
  },
  {
    name: 'a lead-in verb outside the lexicon before doubled apostrophes, after a quotation ending the last sentence',
    text: "Ms. Lamb spoke first. Mr. Christo called her ''totally scripted and kind of robotic.'' And Mr. Christo gloated: ''I told you she would not be ready.'' The crowd left.",
    words: 'not be ready',
    speaker: /Christo/u,
  },
  {
    name: 'a lead-in verb outside the lexicon closed by a comma before doubled apostrophes',
    text: "Ms. Lamb spoke first. During the debate, Tobias Renk cracked, ''I am a progressive who likes to get things done.''",
    words: 'likes to get things done',
    speaker: /Renk/u,
  },
  {
    name: 'a party label in brackets belongs to the name of a colon lead-in',
    text: 'The hearing went on. Rep. Trey Gowan (R-S.C.): "I have not heard anyone other than you say that."',
    words: 'not heard anyone',
    speaker: /Trey Gowan/u,
  },
  {
    name: 'an inverted description after "the" may precede the name',
    text: 'The delegates voted. "It is not a campaign anymore, it is a movement," said the younger Mr. Trumbo, surrounded by his siblings.',
    words: 'a movement',
    speaker: /Trumbo/u,
  },
  {
    name: 'a capitalised speech-verb form opening a title inside a sentence is part of the name',
    text: 'The senate met. "He does not do anything for us," said State Senator Jose Rodrigo, Democrat of Brell.',
    words: 'anything for us',
    speaker: /Jose Rodrigo/u,
  },
  {
    name: '"as X puts it" with an owner’s phrase before the name',
    text: 'The court met on Monday to hear the case. As The Courier’s Tomas Varga puts it, “senators are unmoved and will not hold hearings.” Shares fell.',
    words: 'senators are unmoved',
    speaker: /Tomas Varga/u,
  },
  {
    name: '"as X put it" with a title word before the name',
    text: 'The court met on Monday to hear the case. At the time, as prosecutor Tomas Varga put it, “apart from the passport, nothing was odd about him.” Shares fell.',
    words: 'nothing was odd',
    speaker: /Tomas Varga/u,
  },
  {
    name: 'a name set off after a role subject is whom a later participle inherits',
    text: 'The pier reopened. The council’s spokesman, Tomas Reil, went further, saying "the pier is safe for years."',
    words: 'safe for years',
    speaker: /Tomas Reil/u,
  },
  {
    name: 'an organisation’s name set off after an unnamed group subject is whom a participle inherits',
    text: 'The pier reopened. To press the point, one group, Friends of the Harbour, ran ads urging "a second pier now."',
    words: 'second pier now',
    speaker: /Friends/u,
  },
];

for (const c of NAMED_SPEAKERS)
  test(c.name, () => {
    assert.match(speakerOf(c.text, c.words) ?? '', c.speaker);
  });

test('an unnamed source keeps the phrase saying whom it speaks for', () => {
  const text =
    'The route was set. A spokesman for Mayor Frank G. Jensen of Brell defended the march route and said the police had trained for months.';
  assert.equal(speakerOf(text, 'police had trained'), 'A spokesman for Mayor Frank G. Jensen of Brell');
});

test('an inverted unnamed source keeps its phrase up to the clause’s end', () => {
  const text =
    '"It is a way to take part," says a source involved in the group\'s creation. The group is new.';
  assert.equal(speakerOf(text, 'a way to take part'), "a source involved in the group's creation");
});

test('after an inverted verb an indefinite noun phrase outside the role lexicon is the source', () => {
  const text =
    'The panel met. "It was not a convincing argument," said one Democrat familiar with the discussion, who added that the mayor seemed fine.';
  assert.equal(speakerOf(text, 'convincing argument'), 'one Democrat familiar with the discussion');
});

test('a time after an inverted verb is no unnamed source', () => {
  const text = 'The panel met. "We are done," said a day later the mayor of Brell, Ada Lund.';
  assert.notEqual(speakerOf(text, 'We are done'), 'a day');
});

test('a cue before the quotation keeps it when a name and verb follow the closing comma', () => {
  const text = 'The bill passed. Critics called it a "bad deal for all of us," Congress passes laws anyway.';
  assert.doesNotMatch(speakerOf(text, 'bad deal') ?? '', /Congress/u);
});

test('a lead-in verb after a name inside a prepositional phrase is no attribution', () => {
  const text = 'The vote was close. A team from Brell Labs sued, "the result was rigged from the start."';
  assert.notEqual(speakerOf(text, 'result was rigged'), 'Brell Labs');
});

test('the object of a restrictive relative clause before the verb is no subject', () => {
  const text =
    'The party is split. Current and former officials who spoke with The Brell Post said the organization has become a shell.';
  const got = speakerOf(text, 'become a shell') ?? '';
  assert.notEqual(got, 'Brell Post');
  assert.match(got, /officials/u);
});

test('a name with its own speech verb inside a parenthetical is not read as an appositive of the subject', () => {
  const text = 'The pier reopened. The plan, Berg said, was dead, adding "nobody cares about the pier."';
  assert.doesNotMatch(speakerOf(text, 'nobody cares') ?? '', /plan/u);
});

test('a verb outside the lexicon coordinated before the colon shares the clause’s named subject', () => {
  const text =
    'The court met on Monday in the capital to hear the case. Varga gestured to the crowd, then leaned in and boomed: “Let us defeat the council in November and take back the city.” The crowd cheered.';
  assert.equal(speakerOf(text, 'take back the city', { kind: 'direct' }), 'Varga');
});
