import { describe, expect, it } from 'vitest';
import type { NetworkingSession, Participant } from '../../../shared/contract';
import { networkingCards } from '../../../shared/networking/cards';
import {
  networkingCardsStylesheet,
  renderNetworkingCardsDocument,
  renderNetworkingCardsHtml,
} from '../../../shared/networking/cards-html';
import { NETWORKING_LABELS } from '../../../shared/networking/labels';

const person = (id: string, name: string, agency: string, extra: Partial<Participant> = {}) =>
  ({
    id,
    personId: null,
    name,
    organizationId: null,
    agency,
    host: false,
    present: true,
    fromRound: 1,
    leftAfterRound: null,
    ...extra,
  }) satisfies Participant;

/** Five people in pairs: one sits out each round; Hugo hosts table 1; Zoé arrived for round 2. */
function session(overrides: Partial<NetworkingSession> = {}): NetworkingSession {
  return {
    meetingId: 'm1',
    meetingTitle: 'Fall partners’ networking',
    seriesId: null,
    format: {
      groupSize: 2,
      rounds: 2,
      roundSeconds: 420,
      switchSeconds: 60,
      autoAdvance: true,
      separateSameOrg: true,
      useHistory: true,
      seed: 1,
    },
    advice: { rounds: 5, reason: 'pairs_odd', people: 5, agencySize: null },
    participants: [
      person('h', 'Hugo Host', 'City Hall', { host: true }),
      person('a', 'Ana Tremblay', 'Shelter North'),
      person('b', 'Bo Li', 'Community Health'),
      person('c', 'Chloé Roy', ''),
      person('z', 'Zoé Martin', 'Food Bank', { fromRound: 2 }),
    ],
    keepApart: [],
    plan: {
      rounds: [
        {
          number: 2,
          tables: [
            ['h', 'b'],
            ['a', 'z'],
          ],
          sittingOut: ['c'],
          held: false,
        },
        {
          number: 1,
          tables: [
            ['h', 'a'],
            ['b', 'c'],
          ],
          sittingOut: [],
          held: true,
        },
      ],
      repeats: 0,
      violations: 0,
      plannedAt: 0,
    },
    planStale: false,
    run: { phase: 'setup', round: 0, timer: null },
    undo: null,
    historyPairs: 0,
    ...overrides,
  };
}

/** The card of one participant, cut out of the page. */
function cardOf(html: string, name: string): string {
  const cards = html.split('<article class="nw-card">').slice(1);
  const found = cards.find((c) => c.includes(`class="nw-card-name">${name}<`));
  if (!found) throw new Error(`no card for ${name}`);
  return found.slice(0, found.indexOf('</article>'));
}

describe('networkingCards', () => {
  it('gives each seated participant their rounds in order, alphabetically by name', () => {
    const cards = networkingCards(session(), 'en');
    expect(cards.map((c) => c.name)).toEqual([
      'Ana Tremblay',
      'Bo Li',
      'Chloé Roy',
      'Hugo Host',
      'Zoé Martin',
    ]);
    expect(cards[0]).toEqual({
      participantId: 'a',
      name: 'Ana Tremblay',
      agency: 'Shelter North',
      hostTable: null,
      rounds: [
        { round: 1, table: 1, partners: [{ name: 'Hugo Host', agency: 'City Hall' }] },
        { round: 2, table: 2, partners: [{ name: 'Zoé Martin', agency: 'Food Bank' }] },
      ],
    });
    expect(cards[2]?.rounds).toEqual([
      { round: 1, table: 2, partners: [{ name: 'Bo Li', agency: 'Community Health' }] },
      { round: 2, table: null, partners: [] },
    ]);
    // The late arrival's card starts at their first round; the host's says where they stay.
    expect(cards[4]?.rounds.map((r) => r.round)).toEqual([2]);
    expect(cards[3]?.hostTable).toBe(1);
  });

  it('makes no card for someone the plan does not seat, and none without a plan', () => {
    const s = session();
    s.participants.push(person('x', 'Xavier Absent', 'Elsewhere', { present: false }));
    expect(networkingCards(s, 'en').map((c) => c.name)).not.toContain('Xavier Absent');
    expect(networkingCards(session({ plan: null }), 'en')).toEqual([]);
  });

  it('lists several partners at tables of more than two, in seating order', () => {
    const s = session({
      plan: {
        rounds: [
          {
            number: 1,
            tables: [
              ['a', 'b', 'c'],
              ['h', 'z'],
            ],
            sittingOut: [],
            held: false,
          },
        ],
        repeats: 0,
        violations: 0,
        plannedAt: 0,
      },
    });
    expect(networkingCards(s, 'en')[1]?.rounds[0]?.partners.map((p) => p.name)).toEqual([
      'Ana Tremblay',
      'Chloé Roy',
    ]);
  });
});

describe('renderNetworkingCardsHtml', () => {
  const html = renderNetworkingCardsHtml({
    session: session(),
    date: '2026-11-23',
    language: 'en',
  });

  it('puts the event, the name, the agency and every round on each card', () => {
    const ana = cardOf(html, 'Ana Tremblay');
    expect(ana).toContain('Fall partners’ networking — Monday, November 23, 2026');
    expect(ana).toContain('<p class="nw-card-agency">Shelter North</p>');
    expect(ana).toContain(
      '<tr><th scope="row" class="nw-round">1</th><td class="nw-table">1</td>' +
        '<td><ul class="nw-partners"><li><span class="nw-partner-name">Hugo Host</span> — City Hall</li></ul></td></tr>',
    );
    expect(ana).toContain('<span class="nw-partner-name">Zoé Martin</span> — Food Bank');
    expect(html.match(/<article class="nw-card">/g)).toHaveLength(5);
  });

  it('says in words when someone sits a round out, and where a host stays', () => {
    const chloe = cardOf(html, 'Chloé Roy');
    expect(chloe).toContain('<td class="nw-out">Sitting out this round: take a break</td>');
    // Her partner in round 1 has no agency: the name alone, no dangling dash.
    expect(cardOf(html, 'Bo Li')).toContain('<span class="nw-partner-name">Chloé Roy</span></li>');
    expect(chloe).toContain('<p class="nw-card-agency">No agency</p>');
    expect(cardOf(html, 'Hugo Host')).toContain(
      '<p class="nw-card-host">Host: you stay at table 1 all event</p>',
    );
    expect(cardOf(html, 'Ana Tremblay')).not.toContain('nw-card-host');
  });

  it('speaks French when asked', () => {
    const fr = renderNetworkingCardsHtml({
      session: session(),
      date: '2026-11-23',
      language: 'fr',
    });
    expect(fr).toContain('lang="fr"');
    expect(fr).toContain('lundi 23 novembre 2026');
    expect(fr).toContain('<th scope="col" class="nw-round">Tour</th>');
    expect(fr).toContain('<th scope="col">Vous rencontrez</th>');
    expect(cardOf(fr, 'Chloé Roy')).toContain('En pause pour ce tour');
    expect(cardOf(fr, 'Chloé Roy')).toContain('Sans organisme');
    expect(cardOf(fr, 'Hugo Host')).toContain('vous restez à la table 1');
  });

  it('escapes every name as text', () => {
    const s = session();
    s.participants[1] = person('a', '<script>alert(1)</script>', 'A & B "quoted"');
    const out = renderNetworkingCardsHtml({ session: s, date: '2026-11-23', language: 'en' });
    expect(out).not.toContain('<script');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('A &amp; B &quot;quoted&quot;');
  });

  it('moves its headings down a level under a page title', () => {
    const nested = renderNetworkingCardsHtml(
      { session: session(), date: '2026-11-23', language: 'en' },
      { titleLevel: 2 },
    );
    expect(nested).toContain('<h2 class="nw-cards-title">');
    expect(nested).toContain('<h3 class="nw-card-name">Ana Tremblay</h3>');
    expect(html).toContain('<h1 class="nw-cards-title">');
    expect(html).toContain('<h2 class="nw-card-name">Ana Tremblay</h2>');
  });

  it('says so when there is no card to print', () => {
    const out = renderNetworkingCardsHtml({
      session: session({ plan: null }),
      date: '2026-11-23',
      language: 'en',
    });
    expect(out).toContain(NETWORKING_LABELS.en.noCards);
    expect(out).not.toContain('nw-card"');
  });
});

describe('renderNetworkingCardsDocument', () => {
  it('is a standalone page that can load and run nothing', () => {
    const page = renderNetworkingCardsDocument({
      session: session(),
      date: '2026-11-23',
      language: 'fr',
    });
    expect(page.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(page).toContain('<title>Cartes de réseautage éclair — Fall partners’ networking');
    expect(page).toContain(networkingCardsStylesheet);
    expect(page).not.toMatch(/<script|\son\w+=|javascript:/i);
  });

  it('keeps each card whole on paper, with cut lines and a large table number', () => {
    expect(networkingCardsStylesheet).toMatch(/\.nw-card \{[^}]*break-inside: avoid/);
    expect(networkingCardsStylesheet).toMatch(/\.nw-card \{[^}]*dashed/);
    expect(networkingCardsStylesheet).toMatch(/\.nw-table \{[^}]*font-size: 30pt/);
    expect(networkingCardsStylesheet).toContain('@media print');
  });
});
