/*
 * The glossary list searched and browsed on 5,000 generated bilingual concepts (terms, acronyms,
 * synonyms, definitions and notes in English and French, agencies' meanings, see-also links),
 * through core.call (validation, handler, output check, envelope) on a temp-file database with
 * the app's pragmas. Budget (issue 6): a search under 10 ms at the median.
 *
 * `npm run bench:glossary -- [samples] [concepts]` (200 samples and 5,000 concepts by default).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SubjectField } from '../shared/contract';
import { SubjectField as Subjects } from '../shared/contract';
import { foldForSearch, nameKey } from '../shared/domain/search-text';
import { createCore } from '../electron/core/create-core';
import { openDatabase } from '../electron/core/db/open';
import { glossaryRepo } from '../electron/core/db/repos/glossary';
import { random } from './ten-year-dataset';

const samples = Number(process.argv[2] ?? 200);
const conceptCount = Number(process.argv[3] ?? 5000);

/* ------------------------------------------------------------------ vocabulary */

// Pairs of words, English and French, that the field's terms are made of.
const HEADS: [string, string][] = [
  ['housing', 'logement'],
  ['shelter', 'refuge'],
  ['support', 'soutien'],
  ['assessment', 'évaluation'],
  ['meeting', 'réunion'],
  ['program', 'programme'],
  ['service', 'service'],
  ['worker', 'intervenant'],
  ['benefit', 'prestation'],
  ['allowance', 'allocation'],
  ['plan', 'plan'],
  ['referral', 'orientation'],
  ['intake', 'accueil'],
  ['network', 'réseau'],
  ['team', 'équipe'],
  ['agreement', 'entente'],
  ['strategy', 'stratégie'],
  ['committee', 'comité'],
  ['outreach', 'approche de proximité'],
  ['treatment', 'traitement'],
  ['training', 'formation'],
  ['subsidy', 'subvention'],
  ['placement', 'placement'],
  ['consent', 'consentement'],
  ['record', 'dossier'],
  ['review', 'examen'],
  ['coordination', 'coordination'],
  ['funding', 'financement'],
  ['eligibility', 'admissibilité'],
  ['counselling', 'counseling'],
];
const MODIFIERS: [string, string][] = [
  ['emergency', 'd’urgence'],
  ['transitional', 'de transition'],
  ['supportive', 'avec soutien'],
  ['community', 'communautaire'],
  ['mental health', 'en santé mentale'],
  ['employment', 'd’emploi'],
  ['income', 'du revenu'],
  ['youth', 'jeunesse'],
  ['senior', 'pour aînés'],
  ['family', 'familial'],
  ['Indigenous', 'autochtone'],
  ['newcomer', 'pour nouveaux arrivants'],
  ['harm reduction', 'de réduction des méfaits'],
  ['crisis', 'de crise'],
  ['case', 'de cas'],
  ['peer', 'par les pairs'],
  ['rent', 'au loyer'],
  ['justice', 'judiciaire'],
  ['disability', 'pour personnes handicapées'],
  ['child welfare', 'de protection de l’enfance'],
  ['municipal', 'municipal'],
  ['provincial', 'provincial'],
  ['federal', 'fédéral'],
  ['coordinated', 'coordonné'],
  ['intensive', 'intensif'],
];
const PLACES = [
  'Ontario',
  'Ottawa',
  'Sudbury',
  'Timmins',
  'Kenora',
  'Hamilton',
  'Thunder Bay',
  'Cornwall',
  'Hawkesbury',
  'Windsor',
];
const EN_WORDS =
  'a the for and with who people person client clients agency agencies partner partners tenant tenants owner owners landlord family families community support supports service services program programs eligible income rent housing shelter bed beds night nights referral referrals worker workers case cases plan plans goal goals health mental addiction recovery crisis safety consent information shared privacy funding provincial municipal federal monthly weekly review outcome outcomes placement emergency transitional permanent stable stability access barrier barriers coordinated intake assessment priority list waitlist youth senior newcomer Indigenous culturally safe trauma informed harm reduction peer employment training job skills literacy education school child children protection court justice probation police liaison hospital discharge street outreach drop-in meal food bank clothing transportation benefit allowance cheque application form eligibility criteria'.split(
    ' ',
  );
const FR_WORDS =
  'un une le la les des pour et avec qui personne personnes client clientèle organisme organismes partenaire partenaires locataire locataires propriétaire famille familles communauté soutien services programme programmes admissible revenu loyer logement hébergement refuge lit lits nuit nuits orientation intervenant intervenante dossier plan objectif objectifs santé mentale dépendance rétablissement crise sécurité consentement renseignements partagés confidentialité financement provincial municipal fédéral mensuel hebdomadaire examen résultat placement urgence transition permanent stable stabilité accès obstacle obstacles coordonné accueil évaluation priorité liste attente jeunes aînés nouveaux arrivants autochtones culturellement sécuritaire traumatisme réduction des méfaits pairs emploi formation compétences alphabétisation éducation école enfant enfants protection tribunal justice probation police liaison hôpital congé rue proximité repas banque alimentaire vêtements transport prestation allocation chèque demande formulaire critères réunion rencontre'.split(
    ' ',
  );

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const between = (rand: Rand, low: number, high: number) =>
  low + Math.floor(rand() * (high - low + 1));
const sentence = (rand: Rand, words: readonly string[], min: number, max: number) => {
  const text = Array.from({ length: between(rand, min, max) }, () => pick(rand, words)).join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
};
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/* ------------------------------------------------------------------ the dataset */

const rand = random(6);
const dir = mkdtempSync(path.join(tmpdir(), 'roundtable-glossary-bench-'));
const db = openDatabase(path.join(dir, 'roundtable.db'));
let nextId = 0;
const newId = () => `00000000-4000-8000-b000-${(++nextId).toString(16).padStart(12, '0')}`;
const built = Date.now();
const now = Date.UTC(2026, 10, 23, 14, 0);
const subjects = Subjects.options;
let links = 0;
let meanings = 0;

const organizationIds = Array.from({ length: 40 }, (_, n) => {
  const id = newId();
  const name = `${pick(rand, PLACES)} ${pick(rand, ['Community Services', 'Health Centre', 'Housing Corporation', 'Employment Hub', 'Shelter'])} ${n + 1}`;
  db.prepare(
    `INSERT INTO organizations (id, name, short_name, kind, services, created_at, updated_at,
       name_key, short_key, search_text)
     VALUES (?, ?, '', 'funded_program', '', ?, ?, ?, '', ?)`,
  ).run(id, name, now, now, nameKey(name), foldForSearch(name));
  return id;
});

/** Where the queries below find what they look for. */
const KNOWN = [
  {
    en: ['Ontario Works', ['OW'], 'Provincial financial and employment assistance.'],
    fr: ['Ontario au travail', ['OT'], 'Aide financière et aide à l’emploi de la province.'],
  },
  {
    en: [
      'Consolidated Municipal Service Manager',
      ['CMSM'],
      'The municipality that funds housing and social services.',
    ],
    fr: [
      'Gestionnaire de services municipaux regroupés',
      ['GSMR'],
      'La municipalité qui finance le logement et les services sociaux.',
    ],
  },
] as const;

const repo = glossaryRepo(db);
const usedAcronyms = new Set<string>(['OW', 'OT', 'CMSM', 'GSMR']);
const acronym = () => {
  for (;;) {
    const word = Array.from({ length: between(rand, 2, 5) }, () => pick(rand, [...LETTERS])).join(
      '',
    );
    if (!usedAcronyms.has(word)) {
      usedAcronyms.add(word);
      return word;
    }
  }
};
const ids: string[] = [];
db.transaction(() => {
  for (let n = 0; n < conceptCount; n++) {
    const id = newId();
    const known = KNOWN[n];
    const [headEn, headFr] = pick(rand, HEADS);
    const [modEn, modFr] = pick(rand, MODIFIERS);
    const place = rand() < 0.4 ? ` (${pick(rand, PLACES)})` : '';
    const withAcronym = rand() < 0.35;
    const enAcronym = withAcronym ? [acronym()] : [];
    const frAcronym = withAcronym && rand() < 0.5 ? [acronym()] : [];
    const missingFrench = rand() < 0.08;
    const en = known
      ? { term: known.en[0], abbreviations: [...known.en[1]], definition: known.en[2] }
      : {
          term: `${modEn[0]!.toUpperCase()}${modEn.slice(1)} ${headEn}${place}`,
          abbreviations: enAcronym,
          definition: `${sentence(rand, EN_WORDS, 10, 22)} ${sentence(rand, EN_WORDS, 6, 14)}`,
        };
    const fr = known
      ? { term: known.fr[0], abbreviations: [...known.fr[1]], definition: known.fr[2] }
      : {
          term: missingFrench
            ? ''
            : `${headFr[0]!.toUpperCase()}${headFr.slice(1)} ${modFr}${place}`,
          abbreviations: frAcronym,
          definition: missingFrench
            ? ''
            : `${sentence(rand, FR_WORDS, 10, 22)} ${sentence(rand, FR_WORDS, 6, 14)}`,
        };
    repo.insert({
      id,
      subject: pick(rand, subjects) satisfies SubjectField,
      status: 'preferred',
      preferredId: null,
      organizationId: rand() < 0.2 ? pick(rand, organizationIds) : null,
      en: {
        ...en,
        synonyms: rand() < 0.3 ? [`${modEn} ${pick(rand, HEADS)[0]}`] : [],
        note: rand() < 0.3 ? sentence(rand, EN_WORDS, 6, 12) : '',
      },
      fr: {
        ...fr,
        synonyms: rand() < 0.2 && !missingFrench ? [`${pick(rand, HEADS)[1]} ${modFr}`] : [],
        note: rand() < 0.2 && !missingFrench ? sentence(rand, FR_WORDS, 6, 12) : '',
      },
      reviewedOn: rand() < 0.5 ? '2026-06-01' : null,
      origin: 'user',
      starterKey: null,
      mergedInto: null,
      mergeUndo: null,
      deletedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    if (rand() < 0.05) {
      const agencies = [...new Set([pick(rand, organizationIds), pick(rand, organizationIds)])];
      repo.syncMeanings(
        id,
        agencies.map((organizationId) => ({
          organizationId,
          en: sentence(rand, EN_WORDS, 6, 12),
          fr: sentence(rand, FR_WORDS, 6, 12),
        })),
      );
      meanings += agencies.length;
    }
    if (ids.length > 0 && rand() < 0.2) {
      repo.syncLinks(id, [pick(rand, ids)]);
      links += 1;
    }
    ids.push(id);
  }
})();
// A tenth of the concepts are deprecated in favour of a preferred one.
const deprecate = db.prepare(
  "UPDATE glossary_concepts SET status = 'deprecated', preferred_id = ? WHERE id = ?",
);
db.transaction(() => {
  for (let n = KNOWN.length; n < ids.length; n += 10) deprecate.run(ids[n - 1], ids[n]);
})();
const buildSeconds = (Date.now() - built) / 1000;

/* ------------------------------------------------------------------ timing */

const core = createCore({ db });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;

interface Result {
  name: string;
  median: number;
  p95: number;
  size: string;
}

async function time(name: string, input: Record<string, unknown>): Promise<Result> {
  const call = () => core.call('glossary.list', { language: 'en', ...input });
  const first = await call();
  if (!first.ok) throw new Error(`${name}: ${JSON.stringify(first.error)}`);
  for (let n = 0; n < 20; n++) await call();
  const times: number[] = [];
  for (let n = 0; n < samples; n++) {
    const begin = process.hrtime.bigint();
    const result = await call();
    times.push(Number(process.hrtime.bigint() - begin) / 1e6);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  }
  times.sort((a, b) => a - b);
  const { items, total } = first.value as { items: { en: { term: string } }[]; total: number };
  return {
    name,
    median: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    size: `${items.length} of ${total}${items[0] ? `, first “${items[0].en.term}”` : ''}`,
  };
}

const BUDGET = 10;
const results: Result[] = [];
const run = async (name: string, input: Record<string, unknown>) => {
  results.push(await time(name, input));
};

await run('acronym "OW" (2 letters, also a prefix)', { query: 'OW' });
await run('acronym "CMSM"', { query: 'CMSM' });
await run('prefix "hous"', { query: 'hous' });
await run('two-letter prefix "co"', { query: 'co' });
await run('accented word "hébergement"', { query: 'hébergement' });
await run('accent-folded "reunion"', { query: 'reunion' });
await run('two words "mental health"', { query: 'mental health' });
await run('two words, French "soutien logement"', { query: 'soutien logement' });
await run('query + subject "housing"', { query: 'support', subject: 'housing' });
await run('query, first 50', { query: 'support', limit: 50 });
await run('browse: first page (no query)', {});
await run('browse: letter "S", French', { letter: 'S', language: 'fr' });
await run('browse: missing French', { missingFrench: true });

const counted = (table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
console.log(
  `dataset: ${counted('glossary_concepts')} concepts (${usedAcronyms.size} acronyms, ${meanings} agency meanings, ${links} see-also links, a tenth deprecated), ` +
    `${organizationIds.length} agencies; built in ${buildSeconds.toFixed(1)} s; temp-file database (WAL, synchronous=FULL); ` +
    `glossary.list through core.call, default page of 200 unless said; ${samples} samples per query after 20 warm-up calls; Node ${process.version}`,
);
const width = Math.max(...results.map((r) => r.name.length));
console.log(`${'glossary.list'.padEnd(width)}  median ms    p95 ms  budget  result       rows`);
for (const r of results) {
  const verdict = r.median < BUDGET ? 'OK' : 'OVER BUDGET';
  console.log(
    `${r.name.padEnd(width)}  ${r.median.toFixed(2).padStart(9)}  ${r.p95.toFixed(2).padStart(8)}  ${`< ${BUDGET}`.padStart(6)}  ${verdict.padEnd(11)}  ${r.size}`,
  );
}
core.close();
rmSync(dir, { recursive: true, force: true });
