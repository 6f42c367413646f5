import { describe, expect, it } from 'vitest';
import type { Minutes } from '../../../shared/contract';
import type { RichDoc, RichNode } from '../../../shared/domain/rich-text';
import {
  minutesStylesheet,
  renderMinutesDocument,
  renderMinutesHtml,
} from '../../../shared/minutes/render-html';
import { escapeHtml, richTextToHtml } from '../../../shared/minutes/rich-text-html';

const words = { done: 'Done', open: 'To do' };
const text = (value: string, marks?: RichNode['marks']): RichNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const doc = (...content: RichNode[]): RichDoc => ({ type: 'doc', content });

function minutes(overrides: Partial<Minutes> = {}): Minutes {
  return {
    language: 'en',
    meeting: {
      id: 'm1',
      title: 'Housing First committee',
      seriesTitle: 'Housing First',
      date: '2026-12-07',
      startTime: '09:30',
      endTime: '11:00',
      timeZone: 'America/Toronto',
      location: 'Room 4',
      goal: 'Agree on the winter plan',
      chairName: 'Ana Tremblay',
      noteTakerName: 'Luc Gagnon',
    },
    attendance: {
      present: [
        { organization: 'Shelter North', people: ['Ana Tremblay', 'Bo Li'] },
        { organization: 'Community Health', people: [] },
        { organization: null, people: ['Sam Solo'] },
      ],
      regrets: [{ organization: 'Food Bank', people: ['Rita'] }],
      absent: [],
      expected: [],
      notRecorded: [],
    },
    generalNotes: doc(p(text('Quorum reached'))),
    items: [
      {
        number: 1,
        title: 'Winter plan',
        presenter: 'Ana Tremblay (Shelter North)',
        confidentiality: 'shareable',
        deferred: false,
        notes: doc(p(text('Beds: 40'))),
        decisions: ['Open the overflow site'],
        actions: [
          {
            id: 'a1',
            description: 'Call the city',
            organizationName: 'Shelter North',
            personName: 'Ana Tremblay',
            dueDate: '2026-12-14',
            status: 'open',
            itemNumber: 1,
          },
        ],
        reviewedActions: null,
      },
      {
        number: 2,
        title: 'Staff budget',
        presenter: null,
        confidentiality: 'internal',
        deferred: true,
        notes: null,
        decisions: [],
        actions: [],
        reviewedActions: null,
      },
    ],
    otherDecisions: ['Meet in January'],
    actions: [
      {
        id: 'a1',
        description: 'Call the city',
        organizationName: 'Shelter North',
        personName: 'Ana Tremblay',
        dueDate: '2026-12-14',
        status: 'open',
        itemNumber: 1,
      },
      {
        id: 'a2',
        description: 'Book a room',
        organizationName: null,
        personName: 'Pat',
        dueDate: null,
        status: 'done',
        itemNumber: null,
      },
    ],
    withheld: { internal: 0, confidential: 2, reviewedActions: { internal: 0, confidential: 0 } },
    nextMeetingDate: '2026-12-21',
    terms: [],
    generatedAt: Date.UTC(2026, 11, 7, 17, 0),
    ...overrides,
  };
}

/** Tags and text only, for reading the markup in assertions. */
const squash = (html: string) => html.replace(/[\u202F\u00A0]/g, ' ');

describe('richTextToHtml', () => {
  it('renders the nodes and marks the editor offers', () => {
    const html = richTextToHtml(
      doc(
        p(
          text('bold', [{ type: 'bold' }]),
          text(' '),
          text('both', [{ type: 'bold' }, { type: 'italic' }]),
          { type: 'hardBreak' },
          text('site', [{ type: 'link', attrs: { href: 'https://example.org/a?b=1&c=2' } }]),
        ),
        { type: 'heading', attrs: { level: 3 }, content: [text('Heading')] },
        { type: 'heading', attrs: { level: 1 }, content: [text('Too high')] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('dot'))] }] },
        {
          type: 'orderedList',
          attrs: { start: 3, type: 'a' },
          content: [{ type: 'listItem', content: [p(text('third'))] }],
        },
        {
          type: 'taskList',
          content: [
            { type: 'taskItem', attrs: { checked: true }, content: [p(text('did'))] },
            { type: 'taskItem', attrs: { checked: false }, content: [p(text('todo'))] },
          ],
        },
        { type: 'blockquote', content: [p(text('quoted'))] },
      ),
      words,
    );
    expect(html).toBe(
      '<p><strong>bold</strong> <em><strong>both</strong></em><br>' +
        '<a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">site</a></p>' +
        '<h3 class="minutes-h3">Heading</h3><h3 class="minutes-h3">Too high</h3>' +
        '<ul><li><p>dot</p></li></ul>' +
        '<ol start="3" type="a"><li><p>third</p></li></ol>' +
        '<ul class="task-list">' +
        '<li class="task-item task-done"><span class="task-box" role="img" aria-label="Done">☑</span><div class="task-body"><p>did</p></div></li>' +
        '<li class="task-item"><span class="task-box" role="img" aria-label="To do">☐</span><div class="task-body"><p>todo</p></div></li>' +
        '</ul>' +
        '<blockquote><p>quoted</p></blockquote>',
    );
  });

  it('escapes every text and drops links that are not web or mail links', () => {
    const html = richTextToHtml(
      doc(
        p(text('<script>alert(1)</script> "quotes" & \'apostrophes\'')),
        p(text('"><img src=x onerror=alert(1)>')),
        p(text('click', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
        p(text('data', [{ type: 'link', attrs: { href: 'data:text/html,<script>x</script>' } }])),
        p(
          text('quote', [
            { type: 'link', attrs: { href: 'https://x.org/"onmouseover="alert(1)' } },
          ]),
        ),
        p(text('mail', [{ type: 'link', attrs: { href: 'mailto:a@b.ca' } }])),
      ),
      words,
    );
    expect(html).not.toMatch(/<script|<img|javascript:|data:text/);
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &quot;quotes&quot; &amp; &#39;apostrophes&#39;',
    );
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<p>click</p><p>data</p>');
    expect(html).toContain('href="https://x.org/&quot;onmouseover=&quot;alert(1)"');
    expect(html).toContain('<a href="mailto:a@b.ca"');
  });

  it('keeps only the words of nodes it does not know, and of documents nested too deep', () => {
    const odd = {
      type: 'doc',
      content: [
        { type: 'image', attrs: { src: 'https://evil/x.png' }, content: [text('<b>alt</b>')] },
        { type: 'paragraph', content: [text('fine', [{ type: 'strike' }])] },
      ],
    } as RichDoc;
    expect(richTextToHtml(odd, words)).toBe('&lt;b&gt;alt&lt;/b&gt;<p>fine</p>');

    let deep: RichNode = p(text('bottom'));
    for (let i = 0; i < 5000; i++) deep = { type: 'blockquote', content: [deep] };
    const html = richTextToHtml(doc(deep), words);
    expect(html).toContain('bottom');
    expect(html.match(/<blockquote>/g)?.length).toBeLessThan(40);
  });

  it('renders nothing for no document, and tolerates malformed content', () => {
    expect(richTextToHtml(null, words)).toBe('');
    expect(richTextToHtml({ type: 'doc' }, words)).toBe('');
    expect(
      richTextToHtml(
        { type: 'doc', content: [null, 3, { type: 'paragraph', content: 'x' }] } as never,
        words,
      ),
    ).toBe('<p></p>');
  });

  it('escapeHtml covers the five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('renderMinutesHtml', () => {
  it('moves every heading down a level under a page that has its own title, keeping the look', () => {
    const shifted = renderMinutesHtml(minutes(), { titleLevel: 2 });
    expect(shifted).not.toMatch(/<h1/);
    expect(shifted).toContain('<h2 class="minutes-h1">Housing First committee</h2>');
    const levels = (html: string) => [...html.matchAll(/<h(\d) class="minutes-h(\d)"/g)];
    for (const [, tag, look] of levels(shifted)) expect(Number(tag)).toBe(Number(look) + 1);
    expect(levels(shifted)).toHaveLength(levels(renderMinutesHtml(minutes())).length);
  });

  it('is one article in the minutes language with the header block', () => {
    const html = squash(renderMinutesHtml(minutes()));
    expect(html).toMatch(/^<article class="minutes" lang="en">.*<\/article>$/s);
    expect(html).toContain(
      '<p class="minutes-kind">Minutes</p><h1 class="minutes-h1">Housing First committee</h1>',
    );
    for (const [label, value] of [
      ['Series', 'Housing First'],
      ['Date', 'Monday, December 7, 2026'],
      ['Time', '9:30 a.m. – 11:00 a.m. (Eastern Time)'],
      ['Location', 'Room 4'],
      ['Chair', 'Ana Tremblay'],
      ['Note-taker', 'Luc Gagnon'],
      ['Goal', 'Agree on the winter plan'],
    ]) {
      expect(html).toContain(`<dt>${label}</dt><dd>${value}</dd>`);
    }
    expect(html).not.toMatch(/\sid=|\sstyle=|<script/);
  });

  it('groups attendance by agency and says what was withheld', () => {
    const html = renderMinutesHtml(minutes());
    expect(html).toContain(
      '<p class="minutes-withheld" role="note">2 agenda items were withheld from these minutes (2 confidential).</p>',
    );
    expect(html).toContain(
      '<h3 class="minutes-h3">Present</h3><ul>' +
        '<li><span class="agency">Shelter North</span>: Ana Tremblay, Bo Li</li>' +
        '<li><span class="agency">Community Health</span></li>' +
        '<li><span class="agency">Individuals</span>: Sam Solo</li></ul>',
    );
    expect(html).toContain('<h3 class="minutes-h3">Regrets</h3>');
    expect(html).not.toContain('<h3 class="minutes-h3">Absent</h3>');
  });

  it('numbers the items and marks decisions, actions, deferred and internal items in words', () => {
    const html = squash(renderMinutesHtml(minutes()));
    expect(html).toContain(
      '<h2 class="minutes-h2"><span class="item-number">1.</span> Winter plan</h2>',
    );
    expect(html).toContain(
      '<p class="item-presenter">Presented by Ana Tremblay (Shelter North)</p>',
    );
    expect(html).toContain(
      '<li class="decision"><span class="mark" aria-hidden="true">◆</span> <strong>Decision:</strong> Open the overflow site</li>',
    );
    expect(html).toContain(
      '<strong>Action:</strong> Call the city <span class="action-details">— Ana Tremblay (Shelter North), due Dec 14, 2026</span>',
    );
    expect(html).toContain('<p class="item-flag">Deferred to a later meeting</p>');
    expect(html).toContain('<p class="item-flag item-internal">Internal: not for distribution');
    expect(html).toContain('<h2 class="minutes-h2">Other decisions</h2>');
    expect(html.indexOf('Winter plan')).toBeLessThan(html.indexOf('Staff budget'));
  });

  it('ends with the bordered action table, the next meeting and when it was produced', () => {
    const html = squash(renderMinutesHtml(minutes()));
    expect(html).toContain(
      '<thead><tr><th scope="col">Item</th><th scope="col">Action</th><th scope="col">Agency</th>' +
        '<th scope="col">Responsible</th><th scope="col">Due</th><th scope="col">Status</th></tr></thead>',
    );
    expect(html).toContain(
      '<tr><td class="num">1</td><td>Call the city</td><td>Shelter North</td><td>Ana Tremblay</td><td class="due">Dec 14, 2026</td><td>Open</td></tr>',
    );
    expect(html).toContain(
      '<tr><td class="num">—</td><td>Book a room</td><td></td><td>Pat</td><td class="due">No date</td><td>Done</td></tr>',
    );
    expect(html).toContain('<strong>Next meeting:</strong> Monday, December 21, 2026');
    expect(html).toContain('Generated by Roundtable on December 7, 2026 at 12:00 p.m.');
  });

  it('leaves out empty sections', () => {
    const html = renderMinutesHtml(
      minutes({
        attendance: { present: [], regrets: [], absent: [], expected: [], notRecorded: [] },
        generalNotes: null,
        items: [],
        otherDecisions: [],
        actions: [],
        withheld: {
          internal: 0,
          confidential: 0,
          reviewedActions: { internal: 0, confidential: 0 },
        },
        nextMeetingDate: null,
      }),
    );
    expect(html).not.toMatch(/Attendance|General notes|Other decisions|withheld|Next meeting/);
    expect(html).toContain('<p>No action items.</p>');
  });

  it('writes French minutes with French words and dates', () => {
    const html = squash(renderMinutesHtml(minutes({ language: 'fr' })));
    expect(html).toContain('lang="fr"');
    expect(html).toContain('<p class="minutes-kind">Compte rendu</p>');
    expect(html).toContain('<dt>Date</dt><dd>lundi 7 décembre 2026</dd>');
    expect(html).toContain('<dt>Heure</dt><dd>9 h 30 – 11 h 00 (heure de l’Est)</dd>');
    expect(html).toContain('<h2 class="minutes-h2">Présences</h2>');
    expect(html).toContain('<strong>Décision :</strong> Open the overflow site');
    expect(html).toContain(
      '2 points de l’ordre du jour ont été omis de ce compte rendu (2 confidentiels).',
    );
    expect(html).toContain('<strong>Prochaine rencontre :</strong> lundi 21 décembre 2026');
    expect(html).toContain('<td>Fait</td>');
  });

  it('lists people still expected, or not recorded once the meeting ended, after the others', () => {
    const group = (name: string) => [{ organization: 'Legal Aid', people: [name] }];
    const before = squash(
      renderMinutesHtml(
        minutes({ attendance: { ...minutes().attendance, expected: group('Eve Expected') } }),
      ),
    );
    expect(before).toContain(
      '<h3 class="minutes-h3">Expected (attendance not taken)</h3><ul>' +
        '<li><span class="agency">Legal Aid</span>: Eve Expected</li></ul>',
    );
    expect(before.indexOf('Regrets')).toBeLessThan(before.indexOf('Expected'));
    const after = renderMinutesHtml(
      minutes({
        language: 'fr',
        attendance: { ...minutes().attendance, notRecorded: group('Eve Expected') },
      }),
    );
    expect(after).toContain('<h3 class="minutes-h3">Invités (présence non consignée)</h3>');
    expect(after).not.toContain('Attendus');
  });

  describe('the review of open actions', () => {
    const reviewed = (outcome: 'done' | 'carried' | 'dropped' | null, description: string) => ({
      id: description,
      description,
      organizationName: 'Maison Bon Accueil',
      personName: 'Ana Tremblay',
      dueDate: '2026-12-01',
      outcome,
      fromMeetingDate: '2026-11-17',
    });
    const review = (
      reviewedActions: Minutes['items'][number]['reviewedActions'],
      extra: Partial<Minutes> = {},
    ): Minutes => {
      const base = minutes();
      return {
        ...base,
        items: [
          {
            number: 3,
            title: 'Review of open actions',
            presenter: null,
            confidentiality: 'shareable',
            deferred: false,
            notes: null,
            decisions: [],
            actions: [],
            reviewedActions,
          },
        ],
        actions: [],
        ...extra,
      };
    };

    it('lists each reviewed action under its item, the outcome first, in words', () => {
      const html = squash(
        renderMinutesHtml(
          review([
            reviewed('done', 'Send the intake form'),
            reviewed('carried', 'Update the <b>list</b>'),
            reviewed('dropped', 'Book the hall'),
            reviewed(null, 'Call the city'),
          ]),
        ),
      );
      expect(html).toContain(
        '<h2 class="minutes-h2"><span class="item-number">3.</span> Review of open actions</h2>' +
          '<h3 class="minutes-h3">Actions from earlier meetings</h3><ul class="reviewed-actions">' +
          '<li class="reviewed-action"><strong class="outcome">Done</strong> — Send the intake form ' +
          '<span class="action-details">— Ana Tremblay (Maison Bon Accueil), due Dec 1, 2026, ' +
          'from the meeting of Nov 17, 2026</span></li>',
      );
      expect(html).toContain(
        '<strong class="outcome">Carried forward</strong> — Update the &lt;b&gt;list&lt;/b&gt;',
      );
      expect(html).toContain('<strong class="outcome">Dropped</strong> — Book the hall');
      expect(html).toContain('<strong class="outcome">Not reviewed</strong> — Call the city');
      // The table is for the actions this meeting decided: none new here.
      expect(html).toContain('<p>No new action items.</p>');
    });

    it('is in French when the minutes are', () => {
      const html = squash(
        renderMinutesHtml({
          ...review([reviewed('carried', 'Envoyer le formulaire'), reviewed(null, 'Appeler')]),
          language: 'fr',
        }),
      );
      expect(html).toContain('<h3 class="minutes-h3">Suivis des rencontres précédentes</h3>');
      expect(html).toContain(
        '<strong class="outcome">Reporté</strong> — Envoyer le formulaire <span class="action-details">' +
          '— Ana Tremblay (Maison Bon Accueil), échéance : 1 déc. 2026, décidé à la rencontre du 17 nov. 2026</span>',
      );
      expect(html).toContain('<strong class="outcome">Non examiné</strong> — Appeler');
      expect(html).toContain('<p>Aucun nouveau suivi.</p>');
    });

    it('says there was nothing to review, unless reviewed actions were withheld', () => {
      expect(renderMinutesHtml(review([]))).toContain(
        '<p class="nothing-to-review">No open actions to review.</p>',
      );
      expect(renderMinutesHtml(review([]))).toContain('<p>No action items.</p>');
      const withheld = renderMinutesHtml(
        review([], {
          withheld: {
            internal: 0,
            confidential: 0,
            reviewedActions: { internal: 0, confidential: 1 },
          },
        }),
      );
      expect(withheld).not.toContain('No open actions to review');
      expect(withheld).toContain(
        '<p class="minutes-withheld" role="note">1 action from an earlier meeting was withheld from these minutes (1 confidential).</p>',
      );
      // Other items say nothing of reviews.
      expect(renderMinutesHtml(minutes())).not.toMatch(/review/i);
    });
  });

  it('escapes the meeting’s own fields too', () => {
    const html = renderMinutesHtml(
      minutes({
        meeting: {
          ...minutes().meeting,
          title: '<img src=x onerror=alert(1)>',
          location: '"><script>',
        },
        otherDecisions: ['<b>bold</b>'],
      }),
    );
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain('<h1 class="minutes-h1">&lt;img src=x onerror=alert(1)&gt;</h1>');
  });
});

describe('terms used in this meeting', () => {
  const terms: Minutes['terms'] = [
    {
      id: 'c1',
      term: 'case management',
      abbreviations: [],
      definition: 'Planning supports.',
      written: [],
    },
    {
      id: 'c2',
      term: 'Ontario Works',
      abbreviations: ['OW', 'POSO'],
      definition: 'Income support <financial & employment>.',
      written: [],
    },
    { id: 'c3', term: 'quorum', abbreviations: [], definition: '', written: [] },
  ];

  it('ends the minutes with each term, its acronyms and its definition, before the footer', () => {
    const html = squash(renderMinutesHtml(minutes({ terms })));
    expect(html).toContain(
      '<section class="minutes-terms"><h2 class="minutes-h2">Terms used in this meeting</h2>' +
        '<dl class="terms-list">' +
        '<div class="term"><dt>case management</dt><dd>Planning supports.</dd></div>' +
        '<div class="term"><dt>Ontario Works (OW, POSO)</dt>' +
        '<dd>Income support &lt;financial &amp; employment&gt;.</dd></div>' +
        '<div class="term"><dt>quorum</dt><dd>No definition in the glossary yet.</dd></div>' +
        '</dl></section><footer',
    );
    expect(html.indexOf('minutes-terms')).toBeGreaterThan(html.indexOf('minutes-next'));
  });

  it('is in French when the minutes are, and absent when there are no terms', () => {
    const html = squash(renderMinutesHtml(minutes({ language: 'fr', terms })));
    expect(html).toContain('<h2 class="minutes-h2">Termes utilisés pendant la réunion</h2>');
    expect(html).toContain('<dd>Pas encore de définition dans le glossaire.</dd>');
    expect(renderMinutesHtml(minutes())).not.toMatch(/minutes-terms|Terms used/);
    // Under the preview's own title, its heading moves down with the others.
    expect(renderMinutesHtml(minutes({ terms }), { titleLevel: 2 })).toContain(
      '<h3 class="minutes-h2">Terms used in this meeting</h3>',
    );
  });

  it('says how the minutes wrote a term when that is not its term or an acronym shown', () => {
    const home: Minutes['terms'][number] = {
      id: 'c4',
      term: 'Ontario Health atHome',
      abbreviations: ['HCCSS'],
      definition: 'Home care.',
      written: ['LHIN', 'Local Health <Integration> Network'],
    };
    expect(squash(renderMinutesHtml(minutes({ terms: [home] })))).toContain(
      '<div class="term"><dt>Ontario Health atHome (HCCSS) <span class="term-written">— written ' +
        '“LHIN” or “Local Health &lt;Integration&gt; Network” in these minutes</span></dt>' +
        '<dd>Home care.</dd></div>',
    );
    const french = squash(
      renderMinutesHtml(
        minutes({
          language: 'fr',
          terms: [{ ...home, term: 'Santé à domicile Ontario', written: ['RLISS'] }],
        }),
      ),
    );
    expect(french).toContain(
      '<dt>Santé à domicile Ontario (HCCSS) <span class="term-written">— écrit « RLISS » ' +
        'dans ce compte rendu</span></dt>',
    );
  });
});

describe('renderMinutesDocument and the stylesheet', () => {
  it('is a standalone page with the stylesheet and a CSP that lets nothing load', () => {
    const page = renderMinutesDocument(minutes());
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
    expect(page).toContain('<title>Minutes — Housing First committee — 2026-12-07</title>');
    expect(page).toContain(`<style>\n${minutesStylesheet}\n</style>`);
    expect(page).toContain(renderMinutesHtml(minutes()));
  });

  it('prints like minutes: page margins, serif type, borders, no colour-only meaning, scoped rules', () => {
    expect(minutesStylesheet).toMatch(/@page\s*{\s*margin:/);
    expect(minutesStylesheet).toMatch(/font-family: Georgia[^;]*serif;/);
    expect(minutesStylesheet).toContain('border-collapse: collapse');
    expect(minutesStylesheet).toContain('display: table-header-group');
    expect(minutesStylesheet).toContain('break-inside: avoid');
    expect(minutesStylesheet).toContain('@media print');
    expect(minutesStylesheet).toContain('@media screen');
    // Every selector outside @page applies inside .minutes only: the app's preview injects it.
    const selectors = minutesStylesheet
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@page\s*{[^}]*}/g, '')
      .replace(/@media[^{]*{/g, '')
      .match(/(^|})\s*([^{}@]+){/g)
      ?.map((s) =>
        s
          .replace(/^}?\s*/, '')
          .replace(/{$/, '')
          .trim(),
      )
      .flatMap((s) => s.split(',').map((part) => part.trim()))
      .filter((s) => s !== '');
    expect(selectors?.length).toBeGreaterThan(20);
    for (const selector of selectors ?? []) expect(selector).toMatch(/^\.minutes\b/);
  });
});
