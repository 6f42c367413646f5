/*
 * Ten years of a biweekly complex-case consultation, for the notes, register and search
 * benchmarks: 260 meetings of one series with 15 agenda items each (every item with rich-text
 * notes), ~300 agencies, ~600 people, 20,000 actions and ~3,000 decisions, in English and French.
 *
 * The rows go in with prepared statements in one transaction (minutes through the handlers, a
 * few seconds this way) into a temp-file database migrated with the real migrations, so the
 * triggers keep `search_docs` and the FTS index exactly as the app does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../electron/core/db/open';
import { storedDoc } from '../electron/core/db/repos/stored-doc';
import type { RichDoc, RichNode } from '../shared/domain/rich-text';
import { foldForSearch, nameKey } from '../shared/domain/search-text';

/** A small deterministic generator (mulberry32), so every run builds the same data. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const between = (rand: Rand, low: number, high: number) =>
  low + Math.floor(rand() * (high - low + 1));

/* ------------------------------------------------------------------ vocabulary */

const EN = {
  subjects: [
    'The shelter team',
    'Housing First',
    'The outreach worker',
    'Community health',
    'The police liaison officer',
    'The youth centre',
    'Employment services',
    'The harm reduction team',
    'The case manager',
    'Mental health services',
    'The food bank',
    'Legal aid',
  ],
  verbs: [
    'reported',
    'asked about',
    'raised concerns about',
    'will follow up on',
    'confirmed',
    'is reviewing',
    'shared an update on',
    'requested support with',
    'flagged delays in',
    'proposed changes to',
  ],
  objects: [
    'the waitlist for supportive housing',
    'emergency shelter capacity',
    'consent forms for joint participants',
    'discharge planning from hospital',
    'the winter response plan',
    'income support applications',
    'transportation to appointments',
    'the referral pathway',
    'overdose prevention kits',
    'eviction prevention',
    'the coordinated access list',
    'mental health crisis calls',
    'family reunification',
    'intake interviews',
  ],
  tails: [
    'before the next meeting.',
    'for two participants.',
    'since last month.',
    'with the landlord.',
    'and will report back.',
    'as discussed at the previous meeting.',
    'pending funding confirmation.',
    'this week.',
  ],
};

const FR = {
  subjects: [
    'L’équipe du refuge',
    'Logement d’abord',
    'L’intervenante de proximité',
    'Le CLSC',
    'L’agent de liaison du service de police',
    'La maison des jeunes',
    'Le service d’employabilité',
    'L’équipe de réduction des méfaits',
    'La gestionnaire de cas',
    'Les services de santé mentale',
    'La banque alimentaire',
    'L’aide juridique',
  ],
  verbs: [
    'a présenté',
    's’interroge sur',
    'a soulevé des inquiétudes concernant',
    'fera le suivi de',
    'a confirmé',
    'révise',
    'a fait le point sur',
    'demande du soutien pour',
    'signale des délais dans',
    'propose des changements à',
  ],
  objects: [
    'la liste d’attente pour le logement supervisé',
    'la capacité d’hébergement d’urgence',
    'les formulaires de consentement des participants communs',
    'la planification du congé de l’hôpital',
    'le plan d’intervention hivernal',
    'les demandes d’aide sociale',
    'le transport vers les rendez-vous',
    'le corridor de référence',
    'les trousses de naloxone',
    'la prévention des expulsions',
    'la liste d’accès coordonné',
    'les appels de crise en santé mentale',
    'la réunification familiale',
    'les entrevues d’accueil',
  ],
  tails: [
    'avant la prochaine réunion.',
    'pour deux participants.',
    'depuis le mois dernier.',
    'avec le propriétaire.',
    'et fera un retour.',
    'tel que discuté à la réunion précédente.',
    'en attente du financement.',
    'cette semaine.',
  ],
};

/** Fifteen items: standing ones every meeting, with a case or a theme that changes. */
const ITEM_TITLES: readonly (readonly string[])[] = [
  ['Welcome and land acknowledgement', 'Mot de bienvenue et reconnaissance territoriale'],
  ['Review open actions', 'Suivi des actions'],
  ['Roundtable of partner updates', 'Tour de table des partenaires'],
  ['Case {code}', 'Cas {code}'],
  ['Case {code}', 'Cas {code}'],
  ['Case {code}', 'Cas {code}'],
  ['Case {code}', 'Cas {code}'],
  ['Housing and shelter', 'Logement et hébergement'],
  ['Health and harm reduction', 'Santé et réduction des méfaits'],
  ['Youth services', 'Services jeunesse'],
  ['Income and employment', 'Revenu et emploi'],
  ['System gaps and advocacy', 'Lacunes du système et représentation'],
  ['Training and events', 'Formations et événements'],
  ['Other business', 'Varia'],
  ['Next meeting', 'Prochaine rencontre'],
];

const ORG_KINDS = ['Shelter', 'Housing', 'Health Centre', 'Youth Services', 'Food Bank'];
const ORG_KINDS_FR = ['Refuge', 'Habitations', 'Centre de santé', 'Maison des jeunes', 'Entraide'];
const PLACES = [
  'North',
  'Riverside',
  'Lakeshore',
  'Saint-Jérôme',
  'Côte-des-Neiges',
  'Vanier',
  'Gatineau',
  'Orléans',
  'Hochelaga',
  'Sainte-Thérèse',
  'Eastview',
  'Westboro',
];
const FIRST = [
  'Ana',
  'Josée',
  'Marc-André',
  'Hélène',
  'Kevin',
  'Priya',
  'François',
  'Aïcha',
  'Tom',
  'Geneviève',
  'Mohamed',
  'Chloé',
  'Noah',
  'Élise',
  'Samuel',
  'Nadia',
];
const LAST = [
  'Tremblay',
  'Gagnon',
  'Roy',
  'Côté',
  'Bouchard',
  'Singh',
  'Nguyen',
  'MacDonald',
  'Lévesque',
  'Bélanger',
  'Martin',
  'Ouellet',
  'Smith',
  'Diallo',
  'Chen',
  'Pelletier',
];
/** Found in a handful of notes only: the benchmark's "rare word". */
export const RARE_WORD = 'Pikwàkanagàn';

const ACTION_VERBS = [
  ['Call', 'Appeler'],
  ['Send the consent form to', 'Envoyer le formulaire de consentement à'],
  ['Book a case conference with', 'Planifier une conférence de cas avec'],
  ['Follow up with', 'Faire le suivi avec'],
  ['Share the referral list with', 'Transmettre la liste de référence à'],
  ['Confirm shelter beds with', 'Confirmer les lits d’hébergement avec'],
];

function sentence(rand: Rand, french: boolean): string {
  const v = french ? FR : EN;
  return `${pick(rand, v.subjects)} ${pick(rand, v.verbs)} ${pick(rand, v.objects)} ${pick(rand, v.tails)}`;
}

function paragraph(rand: Rand, french: boolean): string {
  return Array.from({ length: between(rand, 1, 3) }, () => sentence(rand, french)).join(' ');
}

const text = (value: string): RichNode => ({ type: 'text', text: value });

/** Notes as a note-taker writes them: a few paragraphs, a list, sometimes a checklist. */
export function notesDoc(rand: Rand, french: boolean, paragraphs = between(rand, 2, 5)): RichDoc {
  const content: RichNode[] = [];
  for (let n = 0; n < paragraphs; n++) {
    content.push({ type: 'paragraph', content: [text(paragraph(rand, french))] });
  }
  if (rand() < 0.5) {
    content.push({
      type: 'bulletList',
      content: Array.from({ length: between(rand, 2, 4) }, () => ({
        type: 'listItem',
        content: [
          {
            type: 'paragraph',
            content: [
              { ...text(pick(rand, french ? FR.objects : EN.objects)), marks: [{ type: 'bold' }] },
              text(` — ${pick(rand, french ? FR.tails : EN.tails)}`),
            ],
          },
        ],
      })),
    });
  }
  if (rand() < 0.2) {
    content.push({
      type: 'taskList',
      content: [
        {
          type: 'taskItem',
          attrs: { checked: rand() < 0.5 },
          content: [{ type: 'paragraph', content: [text(sentence(rand, french))] }],
        },
      ],
    });
  }
  return { type: 'doc', content };
}

/* ------------------------------------------------------------------ the dataset */

export interface TenYearDataset {
  db: Db;
  file: string;
  /** The day after the last meeting: "today" for the register's due filters. */
  today: string;
  seriesId: string;
  /** An agency and a person with a typical number of actions, for the register's filters. */
  organizationId: string;
  personId: string;
  /** A meeting with its items, for the autosave benchmark. */
  meetingId: string;
  itemId: string;
  counts: Record<string, number>;
  /** Closes the database and removes its folder. */
  dispose(): void;
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function buildTenYearDataset(
  options: { meetings?: number; actions?: number; decisions?: number; seed?: number } = {},
): TenYearDataset {
  const { meetings = 260, actions = 20_000, decisions = 3_000, seed = 4 } = options;
  const rand = random(seed);
  const dir = mkdtempSync(path.join(tmpdir(), 'roundtable-bench-'));
  const file = path.join(dir, 'roundtable.db');
  const db = openDatabase(file);
  let nextId = 0;
  // UUID-shaped ids, as the app makes them: the indexes hold keys of the real size.
  const newId = () => {
    const hex = (++nextId).toString(16).padStart(12, '0');
    return `${Math.floor(rand() * 0xffffffff)
      .toString(16)
      .padStart(8, '0')}-4000-8000-b000-${hex}`;
  };

  const insertOrg = db.prepare(`
    INSERT INTO organizations (id, name, short_name, kind, services, created_at, updated_at,
      name_key, short_key, search_text)
    VALUES (:id, :name, :shortName, :kind, :services, :at, :at, :nameKey, :shortKey, :searchText)`);
  const insertPerson = db.prepare(`
    INSERT INTO people (id, name, email, created_at, updated_at, name_key, search_text)
    VALUES (:id, :name, :email, :at, :at, :nameKey, :searchText)`);
  const insertMembership = db.prepare(`
    INSERT INTO memberships (id, person_id, organization_id, role, created_at)
    VALUES (:id, :personId, :organizationId, :role, :at)`);
  const insertSeries = db.prepare(`
    INSERT INTO series (id, title, kind, rrule, start_date, start_time, end_time, time_zone,
      location, goal, created_at, updated_at)
    VALUES (:id, :title, 'case_consultation', 'FREQ=WEEKLY;INTERVAL=2', :startDate, '09:30',
      '11:00', 'America/Toronto', :location, :goal, :at, :at)`);
  const insertMeeting = db.prepare(`
    INSERT INTO meetings (id, series_id, occurrence_date, title, kind, date, start_time, end_time,
      time_zone, starts_at, ends_at, location, goal, status, started_at, ended_at, notes,
      notes_text, created_at, updated_at)
    VALUES (:id, :seriesId, :date, :title, 'case_consultation', :date, '09:30', '11:00',
      'America/Toronto', :startsAt, :endsAt, :location, :goal, :status, :startedAt, :endedAt,
      :notes, :notesText, :at, :at)`);
  const insertItem = db.prepare(`
    INSERT INTO agenda_items (id, meeting_id, position, title, kind, planned_minutes, notes,
      notes_text, status, recurring, confidentiality, created_at, updated_at)
    VALUES (:id, :meetingId, :position, :title, :kind, :minutes, :notes, :notesText, :status,
      :recurring, :confidentiality, :at, :at)`);
  const insertDecision = db.prepare(`
    INSERT INTO decisions (id, meeting_id, item_id, series_id, text, created_at, updated_at)
    VALUES (:id, :meetingId, :itemId, :seriesId, :text, :at, :at)`);
  const insertAction = db.prepare(`
    INSERT INTO actions (id, meeting_id, item_id, series_id, description, organization_id,
      person_id, person_name, due_date, status, closed_at, created_at, updated_at)
    VALUES (:id, :meetingId, :itemId, :seriesId, :description, :organizationId, :personId,
      :personName, :dueDate, :status, :closedAt, :at, :at)`);

  const start = Date.UTC(2016, 0, 12, 14, 30);
  const lastMeetingAt = start + (meetings - 1) * 14 * DAY;
  const today = isoDay(lastMeetingAt + 3 * DAY);
  const result = {
    seriesId: newId(),
    organizationId: '',
    personId: '',
    meetingId: '',
    itemId: '',
  };

  db.transaction(() => {
    const orgs: { id: string; name: string }[] = [];
    for (let n = 0; orgs.length < 300; n++) {
      const french = rand() < 0.5;
      const name = french
        ? `${pick(rand, ORG_KINDS_FR)} ${pick(rand, PLACES)} ${n}`
        : `${pick(rand, PLACES)} ${pick(rand, ORG_KINDS)} ${n}`;
      const id = newId();
      const services = pick(rand, french ? FR.objects : EN.objects);
      insertOrg.run({
        id,
        name,
        shortName: '',
        kind: pick(rand, ['funded_program', 'external_partner', 'other']),
        services,
        at: start - 30 * DAY,
        nameKey: nameKey(name),
        shortKey: '',
        searchText: foldForSearch(`${name} ${services}`),
      });
      orgs.push({ id, name });
    }
    const people: { id: string; name: string; orgId: string }[] = [];
    for (let n = 0; n < 600; n++) {
      const name = `${pick(rand, FIRST)} ${pick(rand, LAST)}${n % 7 === 0 ? ` ${n}` : ''}`;
      const id = newId();
      const org = pick(rand, orgs);
      insertPerson.run({
        id,
        name,
        email: `${foldForSearch(name).replace(/ /g, '.')}@example.org`,
        at: start - 30 * DAY,
        nameKey: nameKey(name),
        searchText: foldForSearch(name),
      });
      insertMembership.run({
        id: newId(),
        personId: id,
        organizationId: org.id,
        role: pick(rand, ['Case manager', 'Intervenante', 'Director', 'Coordonnatrice']),
        at: start - 30 * DAY,
      });
      people.push({ id, name, orgId: org.id });
    }
    insertSeries.run({
      id: result.seriesId,
      title: 'Consultation sur les cas complexes / Complex case consultation',
      startDate: isoDay(start),
      location: 'Centre communautaire, salle 2',
      goal: 'Coordonner le soutien aux participants communs',
      at: start - 7 * DAY,
    });

    const meetingRows: { id: string; at: number; items: string[] }[] = [];
    let rareLeft = 6;
    for (let n = 0; n < meetings; n++) {
      const at = start + n * 14 * DAY;
      const date = isoDay(at);
      const french = n % 2 === 0;
      const ended = n < meetings - 1;
      const general = notesDoc(rand, french, 1);
      const id = newId();
      insertMeeting.run({
        id,
        seriesId: result.seriesId,
        date,
        title: french ? 'Consultation sur les cas complexes' : 'Complex case consultation',
        startsAt: at,
        endsAt: at + 90 * 60_000,
        location: 'Centre communautaire, salle 2',
        goal: 'Coordonner le soutien aux participants communs',
        status: ended ? 'ended' : 'planned',
        startedAt: ended ? at : null,
        endedAt: ended ? at + 95 * 60_000 : null,
        ...storedDoc(general),
        at: at - 14 * DAY,
      });
      const items: string[] = [];
      ITEM_TITLES.forEach(([en, fr], position) => {
        const code = `C-${String(between(rand, 100, 999))}`;
        const title = (french ? fr! : en!).replace('{code}', code);
        const doc = notesDoc(rand, french);
        if (rareLeft > 0 && rand() < 0.02) {
          doc.content!.push({
            type: 'paragraph',
            content: [text(`Visite prévue à ${RARE_WORD} avec l’équipe de proximité.`)],
          });
          rareLeft--;
        }
        const itemId = newId();
        insertItem.run({
          id: itemId,
          meetingId: id,
          position,
          title,
          kind: /C-\d/.test(title) ? 'case_review' : 'discussion',
          minutes: position < 3 ? 10 : 5,
          ...storedDoc(doc),
          status: ended ? 'discussed' : 'pending',
          recurring: position < 3 ? 1 : 0,
          confidentiality: /C-\d/.test(title) ? 'confidential' : 'shareable',
          at: at - 7 * DAY,
        });
        items.push(itemId);
      });
      meetingRows.push({ id, at, items });
    }

    for (let n = 0; n < decisions; n++) {
      const meeting = meetingRows[Math.floor((n * meetings) / decisions)]!;
      const french = rand() < 0.5;
      insertDecision.run({
        id: newId(),
        meetingId: meeting.id,
        itemId: rand() < 0.9 ? pick(rand, meeting.items) : null,
        seriesId: result.seriesId,
        text: french
          ? `Le comité convient que ${pick(rand, FR.objects)} sera priorisé ${pick(rand, FR.tails)}`
          : `The committee agrees to prioritise ${pick(rand, EN.objects)} ${pick(rand, EN.tails)}`,
        at: meeting.at + between(rand, 5, 85) * 60_000,
      });
    }

    // Agencies and people are not equally busy: a quarter of them own most actions.
    const busyOrgs = orgs.slice(0, 75);
    const busyPeople = people.slice(0, 150);
    for (let n = 0; n < actions; n++) {
      const meeting = meetingRows[Math.floor((n * meetings) / actions)]!;
      const french = rand() < 0.5;
      const person = pick(rand, rand() < 0.7 ? busyPeople : people);
      const typed = rand() < 0.25;
      const org = rand() < 0.1 ? null : rand() < 0.7 ? pick(rand, busyOrgs) : pick(rand, orgs);
      const age = lastMeetingAt - meeting.at;
      // Older actions are mostly closed; the last months' are mostly open.
      const openChance = age < 90 * DAY ? 0.7 : age < 365 * DAY ? 0.2 : 0.03;
      const roll = rand();
      const status = roll < openChance ? 'open' : roll < openChance + 0.05 ? 'dropped' : 'done';
      const due = rand() < 0.12 ? null : meeting.at + between(rand, 7, 42) * DAY;
      const [en, fr] = pick(rand, ACTION_VERBS);
      insertAction.run({
        id: newId(),
        meetingId: meeting.id,
        itemId: rand() < 0.95 ? pick(rand, meeting.items) : null,
        seriesId: result.seriesId,
        description: `${french ? fr : en} ${org?.name ?? person.name} — ${pick(rand, french ? FR.objects : EN.objects)}`,
        organizationId: typed ? null : (org?.id ?? null),
        personId: typed ? null : person.id,
        personName: typed ? `${pick(rand, FIRST)} ${pick(rand, LAST)}` : person.name,
        dueDate: due === null ? null : isoDay(due),
        status,
        closedAt: status === 'open' ? null : Math.min(due ?? meeting.at, lastMeetingAt),
        at: meeting.at + between(rand, 5, 85) * 60_000,
      });
    }

    result.organizationId = busyOrgs[3]!.id;
    result.personId = busyPeople[5]!.id;
    const last = meetingRows[meetingRows.length - 1]!;
    result.meetingId = last.id;
    result.itemId = last.items[7]!;
  })();
  // No ANALYZE: the app never runs it, so the plans measured are the ones people get.

  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const counts = Object.fromEntries(
    [
      'meetings',
      'agenda_items',
      'organizations',
      'people',
      'actions',
      'decisions',
      'search_docs',
    ].map((table) => [table, count(table)]),
  );
  counts.notesMB = Math.round(
    (db.prepare('SELECT sum(length(notes)) AS n FROM agenda_items').get() as { n: number }).n / 1e6,
  );

  return {
    db,
    file,
    today,
    ...result,
    counts,
    dispose() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
