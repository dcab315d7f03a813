import type { Article } from '../../src/model/article.ts';
import { makeArticle as makeBaseArticle } from '../helpers/article.ts';

/** Invented articles for store and dedupe tests. Bodies are long enough (~250 words) for shingling to be meaningful. */

export const HARBOUR_VOTE = [
  'Councillors in Port Elden voted on Tuesday to delay the expansion of the northern harbour',
  'until an independent review of dredging costs is complete, a decision that stalls a project',
  'the mayor had promised to start this spring.',
  '"We are not against growth, we are against signing a blank cheque," said Councillor Marta',
  'Ilves, who tabled the motion. "Residents deserve to know what the dredging will cost before',
  'the first barge arrives."',
  'The motion passed by nine votes to six after a four-hour session in which fishermen, shipping',
  'agents and residents of the old town spoke for and against the plan. The harbour authority',
  'estimates that the works would cost 48 million euros, but a report commissioned by the',
  'opposition put the figure closer to 70 million once the disposal of contaminated silt is',
  'included.',
  'Mayor Tomas Reinholt said he was disappointed but would cooperate with the review. "The ships',
  'are getting bigger every year and they will not wait for us," he told reporters outside the',
  'town hall. "Each year we stall is a year in which shippers choose another port over ours."',
  'The review is to be carried out by the regional audit office, which has been asked to report',
  'by the end of September. Its director, Ane Sorensen, said her team would examine the tender',
  'documents, the environmental permits and the financing agreement with the national',
  'infrastructure bank, which has offered a loan covering half of the cost.',
  'Fishermen who moor in the northern basin welcomed the delay. They fear that months of dredging',
  'would drive fish away from the bay and that the new quay would leave no room for small boats.',
  'Shipping agents warned that two container lines were already considering other ports along',
  'the coast and that a decision was needed before their contracts come up for renewal next year.',
].join('\n');

/** The same story as re-published by another site: one word changed, a line of site chrome added. */
export const HARBOUR_VOTE_SYNDICATED = `${HARBOUR_VOTE.replace('four-hour session', 'five-hour session')}\nSubscribe to our newsletter for the latest local news.`;

export const MUSEUM_REOPENS = [
  'The city museum of Valkmoor reopened its doors on Saturday after a three-year renovation that',
  'added a glass roof over the central courtyard and doubled the space for temporary exhibitions.',
  'Hundreds of visitors queued in light rain before the opening, many of them families with young',
  'children drawn by the promise of a new hands-on science gallery on the ground floor.',
  '"We wanted a building that feels like a public square, not a vault," said the director, Ilse',
  'Brandt, as she cut the ribbon. "People should come here to meet, to argue and to be surprised."',
  'The renovation cost 31 million euros, most of it paid by the regional government, with a',
  'further six million raised from private donors and a crowdfunding campaign that attracted more',
  'than eleven thousand contributors. The work ran a year late after the discovery of medieval',
  'foundations beneath the courtyard, which are now visible through a glass floor.',
  'The opening exhibition brings together maps, ship models and letters from the merchant families',
  'who built the old quarter. Curators spent two years tracing objects that had been scattered',
  'across private collections in four countries, and several pieces are on public display for',
  'the first time. Admission will be free for residents on the first Sunday of every month.',
  'Local shopkeepers hope the museum will bring visitors back to streets that have struggled since',
  'the closure of the central market hall, and the council has promised new cycle parking and a',
  'later bus service on weekends to make the quarter easier to reach in the evenings.',
].join('\n');

/** A complete Article around `text`, with every field set to something non-default so a round trip is a real check. */
export function makeArticle(id: string, text: string, overrides: Partial<Article> = {}): Article {
  return makeBaseArticle(id, text, {
    source: `/data/inbox/${id}.txt`,
    title: `Headline of ${id}`,
    published: '2025-03-14',
    outlet: 'Coastal Courier',
    url: `https://courier.example/news/${id}`,
    byline: 'By Jana Kowal',
    credited: ['Nordic Wire'],
    metadataRules: { published: 'text.dateline', outlet: 'html.og-site-name' },
    ...overrides,
  });
}

/** The syndicated copy with its chrome line marked as boilerplate, as the chrome stage would. */
export function makeSyndicatedCopy(id: string): Article {
  const text = HARBOUR_VOTE_SYNDICATED;
  const chrome = text.lastIndexOf('Subscribe');
  return makeArticle(id, text, {
    title: 'Port Elden delays harbour expansion',
    outlet: 'Elden Daily',
    boilerplate: [{ start: chrome, end: text.length, kind: 'subscription', rule: 'chrome.subscription' }],
  });
}
