/**
 * The words of the system issues exports (CSV and the short report for funders), in the language
 * the person exporting chose. Like the minutes' words, they are part of a file that leaves the
 * app, not of its interface, so they live beside the export and not in the renderer's catalogues.
 */
import type {
  Language,
  SYSTEM_ISSUE_TAGS,
  SystemIssueCategory,
  SystemIssueStatus,
} from '../../../shared/contract';

export interface SystemIssueLabels {
  /** After a label: ":" in English, "\u00a0:" in French. */
  colon: string;
  title: string;
  /** Under the title: what the report holds. */
  subtitle: string;
  /** "Report of Monday, November 23, 2026 — 3 issues, most often raised first." */
  reportLine: (date: string, count: number, sort: 'frequency' | 'recent') => string;
  /** Before the filters, when the list was narrowed: "Filtered by: Tag: intake; Status: Open". */
  filteredBy: string;
  tag: string;
  none: string;
  category: string;
  tags: string;
  status: string;
  timesRaised: string;
  firstRaised: string;
  lastRaised: string;
  noTags: string;
  never: string;
  categories: Record<SystemIssueCategory, string>;
  statuses: Record<SystemIssueStatus, string>;
  /** The suggested tags are stored by key (`housing_supply`) and named in the file's language. */
  suggestedTags: Record<(typeof SYSTEM_ISSUE_TAGS)[number], string>;
  csvHeader: readonly string[];
  /** The file's name before the date. */
  filename: string;
}

const en: SystemIssueLabels = {
  colon: ':',
  title: 'System issues',
  subtitle: 'Difficulties and changes needed in the system, raised at our meetings',
  reportLine: (date, count, sort) =>
    `Report of ${date} — ${count} ${count === 1 ? 'issue' : 'issues'}, ${
      sort === 'frequency' ? 'most often raised first' : 'most recently raised first'
    }.`,
  filteredBy: 'Filtered by',
  tag: 'Tag',
  none: 'No system issues.',
  category: 'Category',
  tags: 'Tags',
  status: 'Status',
  timesRaised: 'Times raised',
  firstRaised: 'First raised',
  lastRaised: 'Last raised',
  noTags: 'None',
  never: '—',
  categories: { difficulty: 'Difficulty', change_needed: 'Change needed in the system' },
  statuses: { open: 'Open', escalated: 'Escalated', resolved: 'Resolved' },
  suggestedTags: {
    housing_supply: 'Housing supply',
    intake: 'Intake',
    discharge_planning: 'Discharge planning',
    funding: 'Funding',
    mental_health: 'Mental health',
    addictions: 'Addictions',
    income: 'Income',
    transportation: 'Transportation',
    waitlists: 'Waitlists',
    information_sharing: 'Information sharing',
  },
  csvHeader: [
    'Title',
    'Category',
    'Tags',
    'Status',
    'Times raised',
    'First raised',
    'Last raised',
    'Description',
  ],
  filename: 'system-issues',
};

const fr: SystemIssueLabels = {
  colon: '\u00a0:',
  title: 'Enjeux systémiques',
  subtitle: 'Difficultés et changements requis dans le système, soulevés lors de nos rencontres',
  reportLine: (date, count, sort) =>
    `Rapport du ${date} — ${count} ${count === 1 ? 'enjeu' : 'enjeux'}, ${
      sort === 'frequency' ? 'les plus souvent soulevés d’abord' : 'les plus récents d’abord'
    }.`,
  filteredBy: 'Filtre',
  tag: 'Étiquette',
  none: 'Aucun enjeu systémique.',
  category: 'Catégorie',
  tags: 'Étiquettes',
  status: 'État',
  timesRaised: 'Nombre de fois soulevé',
  firstRaised: 'Soulevé la première fois',
  lastRaised: 'Soulevé la dernière fois',
  noTags: 'Aucune',
  never: '—',
  categories: { difficulty: 'Difficulté', change_needed: 'Changement requis dans le système' },
  statuses: { open: 'Ouvert', escalated: 'Transmis aux instances', resolved: 'Résolu' },
  suggestedTags: {
    housing_supply: 'Offre de logements',
    intake: 'Accueil et admission',
    discharge_planning: 'Planification du congé',
    funding: 'Financement',
    mental_health: 'Santé mentale',
    addictions: 'Dépendances',
    income: 'Revenu',
    transportation: 'Transport',
    waitlists: 'Listes d’attente',
    information_sharing: 'Échange d’information',
  },
  csvHeader: [
    'Titre',
    'Catégorie',
    'Étiquettes',
    'État',
    'Nombre de fois soulevé',
    'Soulevé la première fois',
    'Soulevé la dernière fois',
    'Description',
  ],
  filename: 'enjeux-systemiques',
};

export const SYSTEM_ISSUE_LABELS: Record<Language, SystemIssueLabels> = { en, fr };

/** A tag as the file shows it: a suggested one by its name, one people typed as typed. */
export function tagName(labels: SystemIssueLabels, tag: string): string {
  return new Map(Object.entries(labels.suggestedTags)).get(tag) ?? tag;
}
