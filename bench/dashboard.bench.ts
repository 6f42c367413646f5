/*
 * The partner network's dashboards (issue 8) on ten years of data: the cadence dashboard, the
 * home dashboard, the network graph, a series' participation and one partner's contact log, all
 * through core.call (validation, handler, output check, envelope) on a temp-file database with
 * the app's pragmas. Budget (issue 8): each under 20 ms at the median.
 *
 * The dataset is ten-year-dataset.ts (300 agencies, 600 people, a biweekly case consultation of
 * 260 meetings, 20,000 actions) plus, inserted directly in one transaction: the consultation's
 * attendance (45 agencies invited, some drifting away), a monthly interagency meeting of 120
 * meetings with 60 agencies, a few meetings ahead, 20,000 logged contacts, partner profiles,
 * 150 significant changes told to every member partner, 1,200 connections and 600 cases.
 *
 * `npm run bench:dashboard -- [samples]` (200 by default).
 */
import { cpus, loadavg } from 'node:os';
import { createCore } from '../electron/core/create-core';
import { buildTenYearDataset, random } from './ten-year-dataset';

const samples = Number(process.argv[2] ?? 200);
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const built = Date.now();
const data = buildTenYearDataset();
const { db, today } = data;
const rand = random(11);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const todayMs = Date.parse(`${today}T12:00:00Z`);
const start = todayMs - 3653 * DAY;
let nextId = 0;
const newId = () =>
  `${Math.floor(rand() * 0xffffffff)
    .toString(16)
    .padStart(8, '0')}-4000-8000-d000-${(++nextId).toString(16).padStart(12, '0')}`;

const orgs = db
  .prepare<[], { id: string }>('SELECT id FROM organizations ORDER BY rowid')
  .all()
  .map((r) => r.id);
const staff = Map.groupBy(
  db
    .prepare<[], { person_id: string; organization_id: string }>(
      'SELECT person_id, organization_id FROM memberships',
    )
    .all(),
  (m) => m.organization_id,
);
const consultation = db
  .prepare<[string], { id: string; date: string; status: string; starts_at: number }>(
    'SELECT id, date, status, starts_at FROM meetings WHERE series_id = ? ORDER BY date',
  )
  .all(data.seriesId);

const insertAttendance = db.prepare(`
  INSERT INTO attendance (id, meeting_id, organization_id, person_id, status, position, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?)`);
const insertSeries = db.prepare(`
  INSERT INTO series (id, title, kind, rrule, start_date, start_time, end_time, time_zone,
    created_at, updated_at)
  VALUES (?, 'Interagency meeting', 'interagency', 'FREQ=MONTHLY;BYDAY=3TH', ?, '13:30', '15:30',
    'America/Toronto', ?, ?)`);
const insertMeeting = db.prepare(`
  INSERT INTO meetings (id, series_id, occurrence_date, title, kind, date, start_time, end_time,
    time_zone, starts_at, ends_at, status, started_at, ended_at, created_at, updated_at)
  VALUES (:id, :seriesId, :date, :title, :kind, :date, '13:30', '15:30', 'America/Toronto',
    :at, :end, :status, :startedAt, :endedAt, :at, :at)`);
const insertContact = db.prepare(`
  INSERT INTO partner_contacts (id, organization_id, person_id, date, channel, summary,
    follow_up_date, deleted_at, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
const insertProfile = db.prepare(`
  INSERT INTO partner_profiles (organization_id, network_status, cadence, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?)`);
const insertChange = db.prepare(`
  INSERT INTO significant_changes (id, title, description, organization_id, effective_date,
    deleted_at, created_at, updated_at)
  VALUES (?, ?, '', ?, ?, ?, ?, ?)`);
const insertNotice = db.prepare(`
  INSERT INTO change_notices (change_id, organization_id, notified_on, created_at)
  VALUES (?, ?, ?, ?)`);
const insertConnection = db.prepare(`
  INSERT OR IGNORE INTO org_connections (id, from_id, to_id, kind, note, since, deleted_at,
    created_at, updated_at)
  VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)`);
const hasCases =
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'cases'").get() !==
  undefined;

/** Each agency's list for a meeting: mostly present, some excused or absent, a person or not. */
function attend(meetingId: string, at: number, agencies: readonly string[], held: boolean) {
  agencies.forEach((organizationId, position) => {
    const roll = rand();
    const status = !held
      ? 'expected'
      : roll < 0.72
        ? 'present'
        : roll < 0.85
          ? 'regrets'
          : 'absent';
    const people = staff.get(organizationId);
    const personId = people && rand() < 0.7 ? pick(people).person_id : null;
    insertAttendance.run(newId(), meetingId, organizationId, personId, status, position, at);
  });
}

db.transaction(() => {
  // The consultation: 45 agencies, ten of which stopped coming at some point.
  const regulars = orgs.slice(0, 45);
  const driftedAt = new Map(regulars.slice(35).map((id) => [id, Math.floor(rand() * 250)]));
  for (const [n, meeting] of consultation.entries()) {
    const held = meeting.status === 'ended';
    const listed = regulars.filter((id) => (driftedAt.get(id) ?? Infinity) > n || rand() < 0.5);
    attend(meeting.id, meeting.starts_at, listed, held);
  }

  // A monthly interagency meeting over the same ten years, and three meetings ahead.
  const interagency = newId();
  insertSeries.run(interagency, isoDay(start), start, start);
  const invited = orgs.slice(20, 80);
  for (let n = 0; n < 120; n++) {
    const at = start + n * 30.4 * DAY;
    const id = newId();
    insertMeeting.run({
      id,
      seriesId: interagency,
      date: isoDay(at),
      title: 'Interagency meeting',
      kind: 'interagency',
      at: Math.round(at),
      end: Math.round(at + 2 * 3600_000),
      status: 'ended',
      startedAt: Math.round(at),
      endedAt: Math.round(at + 2 * 3600_000),
    });
    attend(id, at, invited, true);
  }
  for (const days of [2, 9, 16]) {
    const at = todayMs + days * DAY;
    insertMeeting.run({
      id: newId(),
      seriesId: null,
      date: isoDay(at),
      title: 'Housing First committee',
      kind: 'committee',
      at,
      end: at + 3600_000,
      status: 'planned',
      startedAt: null,
      endedAt: null,
    });
  }

  // 20,000 logged contacts: busy partners far more often, a few deleted.
  const busy = orgs.slice(0, 90);
  const channels = ['call', 'call', 'email', 'email', 'visit', 'other'];
  for (let n = 0; n < 20_000; n++) {
    const organizationId = rand() < 0.65 ? pick(busy) : pick(orgs);
    const people = staff.get(organizationId);
    const at = start + Math.floor(rand() * (todayMs - start));
    insertContact.run(
      newId(),
      organizationId,
      people && rand() < 0.6 ? pick(people).person_id : null,
      isoDay(at),
      pick(channels),
      rand() < 0.5 ? 'Monthly check-in' : 'Suivi mensuel',
      rand() < 0.2 ? isoDay(at + 14 * DAY) : null,
      rand() < 0.03 ? at + DAY : null,
      at,
      at,
    );
  }

  // Profiles: most partners are members on the monthly default, with no row at all.
  orgs.slice(240).forEach((id) => insertProfile.run(id, 'potential', 'monthly', start, start));
  orgs.slice(200, 240).forEach((id, n) => {
    const cadence = (['quarterly', 'weekly', 'biweekly', 'none'] as const)[n % 4];
    insertProfile.run(id, 'member', cadence, start, start);
  });
  const members = orgs.slice(0, 240);

  // 150 changes, each to tell every member partner; the recent ones still being shared.
  for (let n = 0; n < 150; n++) {
    const at = start + Math.floor((n / 150) * (todayMs - start));
    const id = newId();
    const owner = rand() < 0.4 ? null : pick(orgs);
    insertChange.run(
      id,
      `Change ${n}`,
      owner,
      isoDay(at + 30 * DAY),
      rand() < 0.03 ? at : null,
      at,
      at,
    );
    const recent = todayMs - at < 180 * DAY;
    for (const organizationId of members) {
      if (organizationId === owner) continue;
      const told = !recent || rand() < 0.6;
      insertNotice.run(id, organizationId, told ? isoDay(at + 7 * DAY) : null, at);
    }
  }

  // 1,200 connections (duplicates skipped), a few deleted.
  const kinds = ['refers_to', 'receives_referrals_from', 'partners_with', 'funds', 'co_located'];
  for (let n = 0; n < 1_200; n++) {
    const from = pick(orgs);
    let to = pick(orgs);
    while (to === from) to = pick(orgs);
    const at = start + Math.floor(rand() * (todayMs - start));
    insertConnection.run(
      newId(),
      from,
      to,
      pick(kinds),
      isoDay(at),
      rand() < 0.05 ? at : null,
      at,
      at,
    );
  }

  if (hasCases) {
    const insertCase = db.prepare(`
      INSERT INTO cases (id, code, status, opened_on, closed_on, close_reason, next_review_date,
        created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (let n = 0; n < 600; n++) {
      const opened = start + Math.floor((n / 600) * (todayMs - start));
      const open = todayMs - opened < 365 * DAY;
      insertCase.run(
        newId(),
        `CC-${new Date(opened).getUTCFullYear()}-${String(n).padStart(3, '0')}`,
        open ? 'open' : 'closed',
        isoDay(opened),
        open ? null : isoDay(opened + 200 * DAY),
        open ? '' : 'Housed',
        isoDay(todayMs + Math.floor((rand() - 0.3) * 60) * DAY),
        opened,
        opened,
      );
    }
  }
})();

const count = (table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const sizes = [
  'organizations',
  'people',
  'meetings',
  'attendance',
  'actions',
  'partner_contacts',
  'partner_profiles',
  'significant_changes',
  'change_notices',
  'org_connections',
  ...(hasCases ? ['cases'] : []),
].map((table) => `${count(table)} ${table}`);
const buildSeconds = (Date.now() - built) / 1000;

// The core's "today" is the clock's day on this machine: noon UTC is that day in the Americas.
const core = createCore({ db, clock: { now: () => todayMs } });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;

function sizeOf(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} rows`;
  const v = value as Record<string, unknown>;
  if ('nodes' in v) return `${(v.nodes as []).length} nodes, ${(v.edges as []).length} edges`;
  if ('agencies' in v) return `${v.held as number} held, ${(v.agencies as []).length} agencies`;
  if ('partnersDue' in v) {
    const actions = (v.actionsDue as { actions: [] }[]).reduce((n, g) => n + g.actions.length, 0);
    return (
      `${(v.nextMeetings as []).length} meetings, ${actions} actions, ` +
      `${v.partnersDueTotal as number} partners due, ${(v.casesDue as []).length} cases, ` +
      `${(v.changesPending as []).length} changes`
    );
  }
  return '';
}

interface Result {
  name: string;
  median: number;
  p95: number;
  /** The fastest call: what the query costs when nothing else competes for the CPU. */
  min: number;
  size: string;
}

async function time(name: string, method: string, input: unknown): Promise<Result> {
  const first = await core.call(method, input);
  if (!first.ok) throw new Error(`${name}: ${JSON.stringify(first.error)}`);
  for (let n = 0; n < 20; n++) await core.call(method, input);
  const times: number[] = [];
  for (let n = 0; n < samples; n++) {
    const begin = process.hrtime.bigint();
    const result = await core.call(method, input);
    times.push(Number(process.hrtime.bigint() - begin) / 1e6);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    median: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    min: times[0] ?? Number.NaN,
    size: sizeOf(first.value),
  };
}

const BUDGET = 20;
const busyOrg = orgs[3]!;
const results = [
  await time('partner.cadence', 'partner.cadence', {}),
  await time('home.dashboard', 'home.dashboard', {}),
  await time('network.graph', 'network.graph', {}),
  await time('participation.series (consultation)', 'participation.series', {
    seriesId: data.seriesId,
  }),
  await time('contact.list (one busy partner)', 'contact.list', { organizationId: busyOrg }),
  await time('contact.list (everyone, newest 200)', 'contact.list', {}),
  await time('change.list', 'change.list', {}),
];

console.log(
  `dataset: ${sizes.join(', ')}; built in ${buildSeconds.toFixed(1)} s; temp-file database ` +
    `(WAL, synchronous=FULL); today ${today}; ${samples} samples per query after 20 warm-up calls; ` +
    `Node ${process.version}; load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} on ${cpus().length} CPUs`,
);
const width = Math.max(...results.map((r) => r.name.length));
console.log(`${'query'.padEnd(width)}  median ms    p95 ms    min ms  budget  result       rows`);
for (const r of results) {
  const verdict = r.median < BUDGET ? 'OK' : 'OVER BUDGET';
  console.log(
    `${r.name.padEnd(width)}  ${r.median.toFixed(2).padStart(9)}  ${r.p95.toFixed(2).padStart(8)}  ${r.min.toFixed(2).padStart(8)}  ${`< ${BUDGET}`.padStart(6)}  ${verdict.padEnd(11)}  ${r.size}`,
  );
}
core.close();
data.dispose();
