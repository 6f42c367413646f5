/**
 * The words of the minutes document itself, in the language the person exporting chose. They are
 * part of the exported file (which goes to partners who may read the other language), not of the
 * app's interface, so they live here for every format and not in the renderer's catalogues.
 * Dates and times go through Intl in that language, Canadian conventions.
 */
import type { ActionStatus, Language, Minutes, ReviewOutcome } from '../contract';

export interface MinutesLabels {
  /** After a label: ":" in English, "\u00a0:" in French (a no-break space before the colon). */
  colon: string;
  /** Above the title: what the document is. */
  documentKind: string;
  series: string;
  date: string;
  time: string;
  location: string;
  goal: string;
  chair: string;
  noteTaker: string;
  attendance: string;
  present: string;
  regrets: string;
  absent: string;
  /** People still "expected" while the meeting has not ended. */
  expected: string;
  /** People still "expected" once it has ended: nobody marked them. */
  notRecorded: string;
  /** The group of people attending on their own, with no agency. */
  noAgency: string;
  generalNotes: string;
  presentedBy: string;
  deferred: string;
  /** Marks an internal item when the person exporting included internal items. */
  internalItem: string;
  decision: string;
  decisions: string;
  action: string;
  otherDecisions: string;
  actions: string;
  noActions: string;
  /** The action table's empty state when the meeting reviewed earlier actions. */
  noNewActions: string;
  /** The heading of the list under the "Review open actions" item. */
  reviewedActions: string;
  /** Under that item when the series had no open action to review. */
  nothingToReview: string;
  /** What the review decided; `none` when it did not get to the action. */
  outcome: Record<ReviewOutcome | 'none', string>;
  /** Where an action under review was decided: "from the meeting of Dec 1, 2026". */
  fromMeeting: (date: string) => string;
  itemColumn: string;
  actionColumn: string;
  agencyColumn: string;
  personColumn: string;
  dueColumn: string;
  statusColumn: string;
  noDueDate: string;
  /** For an action decided under no agenda item, in the table's item column. */
  noItem: string;
  status: Record<ActionStatus, string>;
  taskDone: string;
  taskOpen: string;
  nextMeeting: string;
  /** The glossary's concepts the minutes mention, at the end when asked for. */
  termsUsed: string;
  /** Under a term the glossary has no definition for, in either language. */
  noDefinition: string;
  /**
   * After a term the minutes wrote otherwise (a deprecated word, a synonym): "written “LHIN” in
   * these minutes", so readers find the word they saw.
   */
  writtenAs: (forms: readonly string[]) => string;
  generatedOn: (when: string) => string;
  due: (date: string) => string;
  /**
   * "2 agenda items were withheld from these minutes (1 internal, 1 confidential).", then as
   * as many actions from earlier meetings left out of the review; null when nothing was.
   */
  withheld: (counts: Minutes['withheld']) => string | null;
  /**
   * A case review's title: its case code, never the title typed on the agenda (it could name the
   * client); without a case linked, the kind alone.
   */
  caseReview: (code: string | null) => string;
  /** The parts of a case review, as the field structures it. */
  caseSituation: string;
  caseQuestions: string;
  caseOffers: string;
  caseNextReview: string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

type WithheldCounts = Minutes['withheld']['reviewedActions'];

/** The sentences that were written, one after the other; null for none. */
const joined = (...sentences: string[]) => sentences.filter((s) => s !== '').join(' ') || null;

/** "“A”, “B”, or “C”" / "« A », « B » ou « C »". */
const either = (locale: string, items: string[]) =>
  new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);

const en: MinutesLabels = {
  colon: ':',
  documentKind: 'Minutes',
  series: 'Series',
  date: 'Date',
  time: 'Time',
  location: 'Location',
  goal: 'Goal',
  chair: 'Chair',
  noteTaker: 'Note-taker',
  attendance: 'Attendance',
  present: 'Present',
  regrets: 'Regrets',
  absent: 'Absent',
  expected: 'Expected (attendance not taken)',
  notRecorded: 'Invited (attendance not recorded)',
  noAgency: 'Individuals',
  generalNotes: 'General notes',
  presentedBy: 'Presented by',
  deferred: 'Deferred to a later meeting',
  internalItem: 'Internal: not for distribution outside the agencies present',
  decision: 'Decision',
  decisions: 'Decisions',
  action: 'Action',
  otherDecisions: 'Other decisions',
  actions: 'Action items',
  noActions: 'No action items.',
  noNewActions: 'No new action items.',
  reviewedActions: 'Actions from earlier meetings',
  nothingToReview: 'No open actions to review.',
  outcome: {
    done: 'Done',
    carried: 'Carried forward',
    dropped: 'Dropped',
    none: 'Not reviewed',
  },
  fromMeeting: (date) => `from the meeting of ${date}`,
  itemColumn: 'Item',
  actionColumn: 'Action',
  agencyColumn: 'Agency',
  personColumn: 'Responsible',
  dueColumn: 'Due',
  statusColumn: 'Status',
  noDueDate: 'No date',
  noItem: '—',
  status: { open: 'Open', done: 'Done', dropped: 'Dropped' },
  taskDone: 'Done',
  taskOpen: 'To do',
  nextMeeting: 'Next meeting',
  termsUsed: 'Terms used in this meeting',
  noDefinition: 'No definition in the glossary yet.',
  writtenAs: (forms) =>
    `written ${either(
      'en-CA',
      forms.map((f) => `“${f}”`),
    )} in these minutes`,
  generatedOn: (when) => `Generated by Roundtable on ${when}`,
  caseReview: (code) => (code ? `Case review — ${code}` : 'Case review'),
  caseSituation: 'Situation',
  caseQuestions: 'Clarifying questions',
  caseOffers: 'What each agency can offer',
  caseNextReview: 'Next review',
  due: (date) => `due ${date}`,
  withheld: ({ reviewedActions, ...items }) => {
    const sentence = (counts: WithheldCounts, one: string, many: string) => {
      const total = counts.internal + counts.confidential;
      if (total === 0) return '';
      const parts = [
        counts.internal > 0 ? `${counts.internal} internal` : '',
        counts.confidential > 0 ? `${counts.confidential} confidential` : '',
      ].filter((part) => part !== '');
      return `${total} ${plural(total, one, many)} withheld from these minutes (${parts.join(', ')}).`;
    };
    return joined(
      sentence(items, 'agenda item was', 'agenda items were'),
      sentence(
        reviewedActions,
        'action from an earlier meeting was',
        'actions from earlier meetings were',
      ),
    );
  },
};

const fr: MinutesLabels = {
  colon: '\u00a0:',
  documentKind: 'Compte rendu',
  series: 'Série',
  date: 'Date',
  time: 'Heure',
  location: 'Lieu',
  goal: 'Objectif',
  chair: 'Présidence',
  noteTaker: 'Prise de notes',
  attendance: 'Présences',
  present: 'Présents',
  regrets: 'Excusés',
  absent: 'Absents',
  expected: 'Attendus (présences non prises)',
  notRecorded: 'Invités (présence non consignée)',
  noAgency: 'À titre individuel',
  generalNotes: 'Notes générales',
  presentedBy: 'Présenté par',
  deferred: 'Reporté à une prochaine rencontre',
  internalItem: 'Interne\u00a0: ne pas diffuser hors des organismes présents',
  decision: 'Décision',
  decisions: 'Décisions',
  action: 'Suivi',
  otherDecisions: 'Autres décisions',
  actions: 'Suivis',
  noActions: 'Aucun suivi.',
  noNewActions: 'Aucun nouveau suivi.',
  reviewedActions: 'Suivis des rencontres précédentes',
  nothingToReview: 'Aucun suivi en cours à examiner.',
  outcome: {
    done: 'Fait',
    carried: 'Reporté',
    dropped: 'Abandonné',
    none: 'Non examiné',
  },
  fromMeeting: (date) => `décidé à la rencontre du ${date}`,
  itemColumn: 'Point',
  actionColumn: 'Suivi',
  agencyColumn: 'Organisme',
  personColumn: 'Responsable',
  dueColumn: 'Échéance',
  statusColumn: 'État',
  noDueDate: 'Sans date',
  noItem: '—',
  status: { open: 'À faire', done: 'Fait', dropped: 'Abandonné' },
  taskDone: 'Fait',
  taskOpen: 'À faire',
  nextMeeting: 'Prochaine rencontre',
  termsUsed: 'Termes utilisés pendant la réunion',
  noDefinition: 'Pas encore de définition dans le glossaire.',
  writtenAs: (forms) =>
    `écrit ${either(
      'fr-CA',
      forms.map((f) => `«\u00a0${f}\u00a0»`),
    )} dans ce compte rendu`,
  generatedOn: (when) => `Produit par Roundtable le ${when}`,
  caseReview: (code) => (code ? `Discussion de cas — ${code}` : 'Discussion de cas'),
  caseSituation: 'Situation',
  caseQuestions: 'Questions de clarification',
  caseOffers: 'Ce que chaque organisme peut offrir',
  caseNextReview: 'Prochaine révision',
  due: (date) => `échéance\u00a0: ${date}`,
  withheld: ({ reviewedActions, ...items }) => {
    const sentence = (counts: WithheldCounts, one: string, many: string) => {
      const total = counts.internal + counts.confidential;
      if (total === 0) return '';
      const parts = [
        counts.internal > 0
          ? `${counts.internal} ${plural(counts.internal, 'interne', 'internes')}`
          : '',
        counts.confidential > 0
          ? `${counts.confidential} ${plural(counts.confidential, 'confidentiel', 'confidentiels')}`
          : '',
      ].filter((part) => part !== '');
      return `${total} ${plural(total, one, many)} de ce compte rendu (${parts.join(', ')}).`;
    };
    return joined(
      sentence(
        items,
        'point de l’ordre du jour a été omis',
        'points de l’ordre du jour ont été omis',
      ),
      sentence(
        reviewedActions,
        'suivi d’une rencontre précédente a été omis',
        'suivis de rencontres précédentes ont été omis',
      ),
    );
  },
};

export const MINUTES_LABELS: Record<Language, MinutesLabels> = { en, fr };

export function minutesLabels(language: Language): MinutesLabels {
  return MINUTES_LABELS[language];
}

/** Canadian English and French: "Monday, December 7, 2026", "lundi 7 décembre 2026". */
const LOCALES: Record<Language, string> = { en: 'en-CA', fr: 'fr-CA' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{2}):(\d{2})$/;

/** A calendar day as an instant at noon UTC, formatted in UTC: no machine zone can shift it. */
function calendarInstant(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
}

function formatDay(date: string, language: Language, style: 'full' | 'medium'): string {
  const at = calendarInstant(date);
  if (at === null) return date;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: style, timeZone: 'UTC' }).format(
    at,
  );
}

/** "Monday, December 7, 2026" / "lundi 7 décembre 2026". */
export function formatLongDate(date: string, language: Language): string {
  return formatDay(date, language, 'full');
}

/** "Dec 7, 2026" / "7 déc. 2026", for the action table. */
export function formatShortDate(date: string, language: Language): string {
  return formatDay(date, language, 'medium');
}

/** "9:30 a.m." / "9 h 30". */
export function formatTime(time: string, language: Language): string {
  const match = LOCAL_TIME.exec(time);
  if (!match) return time;
  return new Intl.DateTimeFormat(LOCALES[language], {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
}

/** "Eastern Time" / "heure de l’Est"; the zone's id when Intl has no name for it. */
export function formatZone(timeZone: string, date: string, language: Language): string {
  try {
    const part = new Intl.DateTimeFormat(LOCALES[language], {
      timeZone,
      timeZoneName: 'longGeneric',
    })
      .formatToParts(calendarInstant(date) ?? 0)
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** "9:30 a.m. – 11:00 a.m. (Eastern Time)". */
export function formatTimeRange(meeting: Minutes['meeting'], language: Language): string {
  const zone = formatZone(meeting.timeZone, meeting.date, language);
  return `${formatTime(meeting.startTime, language)} – ${formatTime(meeting.endTime, language)} (${zone})`;
}

/** When the minutes were produced, in the meeting's zone: "December 7, 2026 at 11:05 a.m.". */
export function formatGeneratedAt(at: number, timeZone: string, language: Language): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };
  try {
    return new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone }).format(at);
  } catch {
    return new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: 'UTC' }).format(at);
  }
}

/** "Ana Tremblay, Luc Roy and Mia Chen" / "… et Mia Chen". */
export function formatList(names: readonly string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { type: 'conjunction' }).format(names);
}
