/**
 * The words of the speed-networking exports (personal cards, the plan and the contacts as CSV), in
 * the language the facilitator chose. Like the minutes' words, they are part of the files handed to
 * participants, not of the app's interface, so they live here and not in the renderer's catalogues.
 */
import type { Language } from '../contract';

export interface NetworkingLabels {
  /** The page's title above the cards (on screen only; each card names the event itself). */
  cardsTitle: string;
  /** Under that title, on screen: how to print them. */
  cardsHint: string;
  /** When no card can be made: nobody is in the plan. */
  noCards: string;
  round: string;
  table: string;
  youMeet: string;
  /** A round the participant is not seated in: said in words, not by an empty cell. */
  sittingOut: string;
  /** A host's card, under their name. */
  hostStays: (table: number) => string;
  /** For someone with no agency, where an agency would be. */
  noAgency: string;
  planHeader: readonly [round: string, table: string, name: string, agency: string];
  /** The plan CSV's table cell for someone sitting a round out. */
  planSittingOut: string;
  summaryHeader: readonly [
    participant: string,
    agency: string,
    metName: string,
    metAgency: string,
    round: string,
  ];
}

const en: NetworkingLabels = {
  cardsTitle: 'Speed-networking cards',
  cardsHint: 'One card per participant. Print them and cut along the dashed lines.',
  noCards: 'No cards yet: plan the rounds first.',
  round: 'Round',
  table: 'Table',
  youMeet: 'You meet',
  sittingOut: 'Sitting out this round: take a break',
  hostStays: (table) => `Host: you stay at table ${table} all event`,
  noAgency: 'No agency',
  planHeader: ['Round', 'Table', 'Name', 'Agency'],
  planSittingOut: 'Sitting out',
  summaryHeader: ['Participant', 'Agency', 'Met', 'Their agency', 'Round'],
};

const fr: NetworkingLabels = {
  cardsTitle: 'Cartes de réseautage éclair',
  cardsHint: 'Une carte par participant. Imprimez-les, puis découpez-les le long des pointillés.',
  noCards: 'Aucune carte pour l’instant\u00a0: planifiez d’abord les tours.',
  round: 'Tour',
  table: 'Table',
  youMeet: 'Vous rencontrez',
  sittingOut: 'En pause pour ce tour',
  hostStays: (table) => `Hôte\u00a0: vous restez à la table ${table} pendant tout l’événement`,
  noAgency: 'Sans organisme',
  planHeader: ['Tour', 'Table', 'Nom', 'Organisme'],
  planSittingOut: 'En pause',
  summaryHeader: ['Participant', 'Organisme', 'Personne rencontrée', 'Son organisme', 'Tour'],
};

export const NETWORKING_LABELS: Record<Language, NetworkingLabels> = { en, fr };

export function networkingLabels(language: Language): NetworkingLabels {
  return NETWORKING_LABELS[language];
}
