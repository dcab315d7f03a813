import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateline } from '../../src/nlp/dateline.ts';
import { findOtherNews } from '../../src/link/stories/round-up.ts';
import { clusterStories } from '../../src/link/stories/stories.ts';
import { getStoryFeatures } from '../../src/link/stories/story-features.ts';
import type { Article } from '../../src/model/article.ts';
import { makeArticle } from '../helpers/article.ts';

const dated = (id: string, published: string, text: string): Article => ({
  ...makeArticle(id, text),
  published,
});
const membersOf = (articles: Article[]) =>
  clusterStories(articles)
    .map((s) => s.articles)
    .sort();

describe('wire datelines', () => {
  test('the place, region, date and wire that open the first paragraph, up to the dash', () => {
    for (const opener of [
      'TILBURY FALLS, Hesketh County (AP) - ',
      'MORVANE, Oct 2 (Reuters) - ',
      'SAINT-ORLEAN — ',
      'NEW HARBEN, Del. -- ',
    ]) {
      const text = `A headline about the mill\n\n${opener}Workers at the mill voted on Tuesday to accept the offer.`;
      const found = findDateline(text, 400);
      assert.ok(found, opener);
      assert.equal(text.slice(found.start, found.end), opener);
    }
  });

  test('no dateline in an ordinary lead, a one-letter brand, or past the lead', () => {
    assert.equal(
      findDateline('Mill workers accept offer\n\nWorkers at the mill voted to accept.', 400),
      null,
    );
    assert.equal(findDateline('Phone news\n\nT - Mobile will sell the handset from May.', 400), null);
    assert.equal(findDateline('OTTERS BEAT PELLSTON 3 - 2 IN EXTRA TIME\n\nThe Otters won.', 400), null);
    const late = `Headline\n\n${'Background sentence about the region. '.repeat(12)}\nMORVANE, Oct 2 (Reuters) - Text.`;
    assert.equal(findDateline(late, 400), null);
  });

  test('the dateline city and wire are no terms; the same city in the body still is', () => {
    const f = getStoryFeatures(
      makeArticle(
        'x',
        'Mill vote\n\nTILBURY FALLS, Hesketh County (AP) - Workers voted in Tilbury on Tuesday.',
      ),
    );
    assert.ok(!f.terms.has('hesketh') && !f.terms.has('ap') && !f.terms.has('fall'));
    assert.ok(f.terms.has('tilbury') && f.terms.has('worker'));
  });

  test('two unrelated events filed from one county town, in a small mixed pile, are two stories', () => {
    const pile = [
      dated(
        'match',
        '2026-05-09',
        `Harrowgate Otters edge Pellston in extra time

TILBURY FALLS, Hesketh County (AP) - Striker Noemi Vasquez scored twice as the Harrowgate Otters beat Pellston 3-2 after extra time on Saturday in front of 18,000 fans in Tilbury Falls.
Pellston had come back from two goals down. Coach Arlo Brennan praised his defenders for "holding on with nothing left in their legs".`,
      ),
      dated(
        'virus',
        '2026-05-10',
        `Two cases of a rare mosquito-borne virus confirmed

TILBURY FALLS, Hesketh County (AP) - The state health department said on Sunday that two residents had caught a rare mosquito-borne virus, the first cases seen in the state.
Both patients, retired teachers, are recovering in hospital in Tilbury Falls. Officials urged people to empty standing water from gardens and use repellent at dusk.`,
      ),
      dated(
        'ferry',
        '2026-05-08',
        `Island ferry fares to rise in June\n\nFares on the Calder island ferry will rise by 6 percent in June, the operator said on Friday.`,
      ),
      dated(
        'levy',
        '2026-05-11',
        `Council approves tourist levy\n\nThe Brightmoor council voted on Monday for a two-dollar nightly levy on hotel rooms.`,
      ),
      dated(
        'school',
        '2026-05-07',
        `New school opens in Ashby\n\nA primary school for 400 pupils opened in Ashby on Thursday after two years of building.`,
      ),
    ];
    const groups = membersOf(pile);
    assert.ok(!groups.some((g) => g.includes('match') && g.includes('virus')), JSON.stringify(groups));
  });
});

describe('round-ups', () => {
  test('the paragraph that turns to other news, past the headline and the lead item', () => {
    const digest = 'Daily Brief\n\nThe bridge opened.\n\nElsewhere, the mayor resigned.';
    assert.equal(digest.slice(findOtherNews(digest)), 'Elsewhere, the mayor resigned.');
    assert.ok(findOtherNews('Brief\n\nOne item.\n\nIN OTHER NEWS: a fire.') > 0);
    assert.equal(findOtherNews('Brief\n\nElsewhere, it rained.'), -1, 'the lead item itself');
    assert.equal(findOtherNews('Brief\n\nThe bridge opened.\n\nMeanwhile, the mayor spoke at it.'), -1);
  });

  test('a round-up joins the event it leads with, not the one it turns to', () => {
    const pile = [
      dated(
        'launch-1',
        '2026-06-03',
        `Ministry opens Beacon tax filing portal

The finance ministry opened Beacon, an online portal for filing income tax, on Wednesday. Officials said 90,000 households had filed in the first hours and that paper forms would stay available.`,
      ),
      dated(
        'launch-2',
        '2026-06-04',
        `Beacon tax portal slows to a crawl on opening day

Taxpayers trying to file on Beacon, the ministry's new portal, met timeouts for most of Wednesday afternoon. The ministry blamed heavy demand and said it had added capacity overnight.`,
      ),
      dated(
        'launch-3',
        '2026-06-04',
        `Who built Beacon? Tender questions over tax portal

The contract for the Beacon filing portal went to a sole bidder, tender records show. The finance ministry said the process met every rule.`,
      ),
      dated(
        'seizure-1',
        '2026-06-02',
        `Customs seize 9 tonnes of counterfeit perfume at Dorrow

Customs officers seized 9 tonnes of counterfeit perfume in raids on three Dorrow warehouses on Tuesday and arrested 14 people, investigators said.`,
      ),
      dated(
        'seizure-2',
        '2026-06-02',
        `14 held in Dorrow perfume raids\n\nCustoms held 14 people and took 9 tonnes of fake perfume in Dorrow raids on Tuesday.`,
      ),
      dated(
        'digest',
        '2026-06-04',
        `Daily Brief: Beacon opens, and stalls

Good morning. Beacon, the new tax portal, took 90,000 filings in its first hours and then slowed to a crawl; the ministry says capacity was added overnight.

Elsewhere, customs officers are still cataloguing 9 tonnes of counterfeit perfume seized on Tuesday in Dorrow raids that led to 14 arrests.`,
      ),
    ];
    const groups = membersOf(pile);
    const digestGroup = groups.find((g) => g.includes('digest'))!;
    assert.ok(!digestGroup.some((id) => id.startsWith('seizure')), JSON.stringify(groups));
    assert.ok(
      digestGroup.some((id) => id.startsWith('launch')),
      JSON.stringify(groups),
    );
  });
});
