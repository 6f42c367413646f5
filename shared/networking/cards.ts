/**
 * What each participant's personal card says, from the session's plan: for every round they take
 * part in, their table and who they meet there, or that they sit it out. Pure, so the core's
 * exports and the app's print view read the same cards.
 */
import type { Language, NetworkingSession, Participant } from '../contract';

export interface CardPerson {
  name: string;
  agency: string;
}

export interface CardRound {
  /** 1-based. */
  round: number;
  /** 1-based; null when they sit this round out. */
  table: number | null;
  /** The others at their table, in the plan's seating order. */
  partners: CardPerson[];
}

export interface NetworkingCard {
  participantId: string;
  name: string;
  agency: string;
  /** A host's fixed table; null for everyone else. */
  hostTable: number | null;
  /** Only the rounds they are in: a late arrival's card starts at their first round. */
  rounds: CardRound[];
}

const LOCALES: Record<Language, string> = { en: 'en-CA', fr: 'fr-CA' };

/** Alphabetical by name, then agency, in the language's order: cards are handed out by name. */
export function byName<T extends { name: string; agency: string }>(
  language: Language,
): (a: T, b: T) => number {
  const collator = new Intl.Collator(LOCALES[language], { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(a.name, b.name) || collator.compare(a.agency, b.agency);
}

/**
 * One card per participant seated (or sitting out) in at least one round of the plan; nobody
 * else, since a card with no round tells its holder nothing. Empty without a plan.
 */
export function networkingCards(session: NetworkingSession, language: Language): NetworkingCard[] {
  const rounds = [...(session.plan?.rounds ?? [])].sort((a, b) => a.number - b.number);
  const people = new Map<string, Participant>(session.participants.map((p) => [p.id, p]));
  const person = (id: string): CardPerson => {
    const p = people.get(id);
    return { name: p?.name ?? '', agency: p?.agency ?? '' };
  };

  const cards = new Map<string, NetworkingCard>();
  const cardOf = (id: string) => {
    let card = cards.get(id);
    if (!card) {
      const p = people.get(id);
      if (!p) return null;
      card = { participantId: id, name: p.name, agency: p.agency, hostTable: null, rounds: [] };
      cards.set(id, card);
    }
    return card;
  };

  for (const round of rounds) {
    round.tables.forEach((table, index) => {
      for (const id of table) {
        const card = cardOf(id);
        if (!card) continue;
        const partners = table.filter((other) => other !== id).map(person);
        card.rounds.push({ round: round.number, table: index + 1, partners });
        if (people.get(id)?.host && card.hostTable === null) card.hostTable = index + 1;
      }
    });
    for (const id of round.sittingOut) {
      cardOf(id)?.rounds.push({ round: round.number, table: null, partners: [] });
    }
  }
  return [...cards.values()].sort(byName(language));
}
