/**
 * The access log's sentences, in the app's language when the entry is written: the log is a record
 * of what happened, read in Settings, so an entry keeps the words it was written with. They name
 * what left the app (a meeting's title, a format, a file) and never a client: cases by code only.
 */
import type { Language } from '../../../shared/contract';

export interface AccessWords {
  minutes: (format: string, meeting: string, internal: boolean) => string;
  actions: (internal: boolean) => string;
  systemIssues: (format: string) => string;
  archive: (filename: string) => string;
  meetingIcs: (meeting: string) => string;
  seriesIcs: (series: string) => string;
  glossary: (format: string) => string;
  networking: Record<
    'plan_csv' | 'cards_html' | 'cards_pdf' | 'summary_csv',
    (m: string) => string
  >;
  directory: Record<'organizations' | 'people', string>;
  backup: (name: string) => string;
  restore: (name: string) => string;
  imported: (exportedOn: string) => string;
  purged: (codes: readonly string[]) => string;
  /** "meeting “Housing First committee” of Dec 1, 2026". */
  meeting: (title: string, date: string) => string;
  series: (title: string) => string;
  /** What a meeting or series deleted meanwhile is called. */
  unknown: string;
}

const en: AccessWords = {
  minutes: (format, meeting, internal) =>
    `Minutes exported (${format}) — ${meeting}${internal ? ', internal items included' : ''}`,
  actions: (internal) =>
    `Action register exported (CSV)${internal ? ', internal items included' : ''}`,
  systemIssues: (format) => `System issues log exported (${format})`,
  archive: (filename) => `Whole database exported as a portable archive (${filename})`,
  meetingIcs: (meeting) => `Calendar file exported (iCalendar) — ${meeting}`,
  seriesIcs: (series) => `Calendar file exported (iCalendar) — ${series}`,
  glossary: (format) => `Glossary exported (${format})`,
  networking: {
    plan_csv: (m) => `Speed-networking plan exported (CSV) — ${m}`,
    cards_html: (m) => `Speed-networking cards exported (HTML) — ${m}`,
    cards_pdf: (m) => `Speed-networking cards exported (PDF) — ${m}`,
    summary_csv: (m) => `Speed-networking contacts exported (CSV) — ${m}`,
  },
  directory: {
    organizations: 'Directory of agencies exported (CSV)',
    people: 'Directory of people exported (CSV)',
  },
  backup: (name) => `Backup made: ${name}`,
  restore: (name) => `Backup restored: ${name}`,
  imported: (exportedOn) => `Portable archive imported (exported on ${exportedOn})`,
  purged: (codes) =>
    `Purged ${codes.length} ${codes.length === 1 ? 'case' : 'cases'}: ${codes.join(', ')}`,
  meeting: (title, date) => `meeting “${title}” of ${date}`,
  series: (title) => `series “${title}”`,
  unknown: '(deleted since)',
};

const fr: AccessWords = {
  minutes: (format, meeting, internal) =>
    `Compte rendu exporté (${format}) — ${meeting}${internal ? ', points internes inclus' : ''}`,
  actions: (internal) =>
    `Registre des suivis exporté (CSV)${internal ? ', points internes inclus' : ''}`,
  systemIssues: (format) => `Registre des enjeux systémiques exporté (${format})`,
  archive: (filename) => `Base de données complète exportée en archive portable (${filename})`,
  meetingIcs: (meeting) => `Fichier de calendrier exporté (iCalendar) — ${meeting}`,
  seriesIcs: (series) => `Fichier de calendrier exporté (iCalendar) — ${series}`,
  glossary: (format) => `Glossaire exporté (${format})`,
  networking: {
    plan_csv: (m) => `Plan du réseautage éclair exporté (CSV) — ${m}`,
    cards_html: (m) => `Cartes de réseautage éclair exportées (HTML) — ${m}`,
    cards_pdf: (m) => `Cartes de réseautage éclair exportées (PDF) — ${m}`,
    summary_csv: (m) => `Contacts du réseautage éclair exportés (CSV) — ${m}`,
  },
  directory: {
    organizations: 'Répertoire des organismes exporté (CSV)',
    people: 'Répertoire des personnes exporté (CSV)',
  },
  backup: (name) => `Copie de sauvegarde créée\u00a0: ${name}`,
  restore: (name) => `Copie de sauvegarde restaurée\u00a0: ${name}`,
  imported: (exportedOn) => `Archive portable importée (exportée le ${exportedOn})`,
  purged: (codes) =>
    `${codes.length} ${codes.length === 1 ? 'dossier purgé' : 'dossiers purgés'}\u00a0: ${codes.join(', ')}`,
  meeting: (title, date) => `rencontre «\u00a0${title}\u00a0» du ${date}`,
  series: (title) => `série «\u00a0${title}\u00a0»`,
  unknown: '(supprimée depuis)',
};

export const ACCESS_WORDS: Record<Language, AccessWords> = { en, fr };
