import type { ItemKind, MeetingKind, TemplateItem } from '../contract/meetings';

/**
 * The agendas Roundtable ships for each kind of meeting, until a chair customises them
 * (`template.save`). Each item is written once with both its English and French titles, so the two
 * languages cannot drift apart in kinds, minutes or standing items.
 *
 * Titles carry the field's practice where a template has no other place for it: case reviews are
 * de-identified (case codes only) and time-boxed, every meeting opens with its goal, and the
 * French is the wording Canadian agencies use ("organismes", "rencontre", "varia").
 */

interface ShippedItem {
  en: string;
  fr: string;
  kind: ItemKind;
  minutes: number;
  /** Standing items are copied into the next meeting of a series. */
  recurring: boolean;
}

const item = (
  kind: ItemKind,
  minutes: number,
  recurring: boolean,
  en: string,
  fr: string,
): ShippedItem => ({ en, fr, kind, minutes, recurring });

/**
 * Every two weeks, 90 minutes, with 5 minutes left unplanned: case reviews run over. Every item
 * is standing: the structure is the same each time, only the cases change.
 */
const caseConsultation: readonly ShippedItem[] = [
  item(
    'discussion',
    5,
    true,
    'Welcome, goal of the meeting and confidentiality reminder',
    'Mot de bienvenue, objectif de la rencontre et rappel de confidentialité',
  ),
  item('round', 15, true, 'Round of agency updates', 'Tour de table des organismes'),
  item(
    'case_review',
    25,
    true,
    'Case reviews (de-identified: case codes only; time-boxed)',
    'Discussions de cas (dépersonnalisées : code de dossier seulement; durée limitée)',
  ),
  item(
    'discussion',
    10,
    true,
    'Questions about joint participants',
    'Questions sur les participants suivis conjointement',
  ),
  item('discussion', 10, true, 'Difficulties arising', 'Difficultés rencontrées'),
  item(
    'discussion',
    10,
    true,
    'Changes needed in the system',
    'Changements nécessaires dans le système',
  ),
  item('action_review', 5, true, 'Review of open actions', 'Suivi des actions en cours'),
  item('discussion', 5, true, 'Date of next meeting', 'Date de la prochaine rencontre'),
];

/** The speaker changes every time, so the presentation slot is not a standing item. */
const interagency: readonly ShippedItem[] = [
  item(
    'discussion',
    5,
    true,
    'Welcome and goal of the meeting',
    'Mot de bienvenue et objectif de la rencontre',
  ),
  item(
    'round',
    25,
    true,
    'Agency updates: what each agency does and what is new',
    'Tour de table : mission de chaque organisme et nouvelles',
  ),
  item(
    'presentation',
    20,
    false,
    'Presentation or guest speaker',
    'Présentation ou personne invitée',
  ),
  item(
    'discussion',
    20,
    true,
    'Discussion: shared issues and ways to work together',
    'Discussion : enjeux communs et collaborations possibles',
  ),
  item(
    'discussion',
    10,
    true,
    'Agreements to meet again: topics and date',
    'Prochaine rencontre : sujets retenus et date',
  ),
];

const committee: readonly ShippedItem[] = [
  item(
    'discussion',
    5,
    true,
    'Welcome and adoption of the agenda',
    "Mot de bienvenue et adoption de l'ordre du jour",
  ),
  item(
    'discussion',
    5,
    true,
    "Approval of the previous meeting's minutes",
    'Adoption du compte rendu de la dernière rencontre',
  ),
  item('action_review', 10, true, 'Review of open actions', 'Suivi des actions en cours'),
  item(
    'discussion',
    20,
    true,
    'Standing items: reports from members',
    'Points statutaires : rapports des membres',
  ),
  item('discussion', 20, true, 'Items for decision', 'Points de décision'),
  item(
    'discussion',
    5,
    true,
    'Summary of decisions and new actions',
    'Récapitulatif des décisions et des nouvelles actions',
  ),
  item(
    'discussion',
    5,
    true,
    'Other business and date of next meeting',
    'Varia et date de la prochaine rencontre',
  ),
];

/**
 * The rounds are one block: the facilitator's rotation plan times each round inside it. Not
 * `round`, which is a speaking go-around with a queue of speakers in run mode.
 */
const speedNetworking: readonly ShippedItem[] = [
  item(
    'discussion',
    10,
    true,
    'Welcome and instructions: how the rounds work',
    'Mot de bienvenue et consignes : déroulement des rondes',
  ),
  item('other', 50, true, 'Networking rounds', 'Rondes de réseautage'),
  item(
    'discussion',
    10,
    true,
    'Wrap-up: what we learned and follow-ups',
    'Mot de la fin : retour sur les échanges et suivis',
  ),
];

const other: readonly ShippedItem[] = [
  item(
    'discussion',
    5,
    true,
    'Welcome and goal of the meeting',
    'Mot de bienvenue et objectif de la rencontre',
  ),
  item('discussion', 40, true, 'Discussion', 'Discussion'),
  item('discussion', 10, true, 'Next steps', 'Prochaines étapes'),
];

const SHIPPED: Record<MeetingKind, readonly ShippedItem[]> = {
  case_consultation: caseConsultation,
  interagency,
  committee,
  speed_networking: speedNetworking,
  other,
};

/** The shipped agenda for a kind of meeting, in one language: fresh objects the caller may change. */
export function shippedTemplate(kind: MeetingKind, language: 'en' | 'fr'): TemplateItem[] {
  return SHIPPED[kind].map((shipped) => ({
    title: shipped[language],
    kind: shipped.kind,
    plannedMinutes: shipped.minutes,
    recurring: shipped.recurring,
  }));
}
