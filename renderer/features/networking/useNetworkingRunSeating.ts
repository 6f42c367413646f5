import { useMemo } from 'react';
import type { NetworkingSession, Participant } from '../../../shared/contract';

export interface SeatedTable {
  /** 1-based, as written on the table and on the cards. */
  number: number;
  people: Participant[];
}

export interface Seating {
  /** The round this seating is for (1-based). */
  round: number;
  tables: SeatedTable[];
  sittingOut: Participant[];
}

/**
 * The round whose seating matters now: before the start, round 1 (people find their first table);
 * during a round, that round; during a switch, the next one (where people are going). None once
 * the event is done.
 */
export function shownRound(session: NetworkingSession): number | null {
  const { phase, round } = session.run;
  if (phase === 'setup') return 1;
  if (phase === 'round') return round;
  if (phase === 'switch') return round + 1;
  return null;
}

/** How many rounds the event has: the plan's, or the format's before there is a plan. */
export function roundCount(session: NetworkingSession): number {
  return session.plan?.rounds.length ?? session.format.rounds;
}

/** Who sits where in round `number`, with the participants themselves; null when not planned. */
export function seatingOf(session: NetworkingSession, number: number): Seating | null {
  const planned = session.plan?.rounds.find((r) => r.number === number);
  if (!planned) return null;
  const people = new Map(session.participants.map((p) => [p.id, p]));
  const known = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const person = people.get(id);
      return person ? [person] : [];
    });
  return {
    round: number,
    tables: planned.tables.map((ids, index) => ({ number: index + 1, people: known(ids) })),
    sittingOut: known(planned.sittingOut),
  };
}

/**
 * Everyone with their table (null: sitting this round out), alphabetically: what the facilitator
 * reads out.
 */
export function tablesByName(seating: Seating, locale: string) {
  const entry = (person: Participant, table: number | null) => ({ person, table });
  return [
    ...seating.tables.flatMap((table) => table.people.map((person) => entry(person, table.number))),
    ...seating.sittingOut.map((person) => entry(person, null)),
  ].sort((a, b) => a.person.name.localeCompare(b.person.name, locale, { sensitivity: 'base' }));
}

/** The seating shown now (see `shownRound`), kept while the session does not change. */
export function useShownSeating(session: NetworkingSession | undefined): Seating | null {
  return useMemo(() => {
    if (!session) return null;
    const round = shownRound(session);
    return round === null ? null : seatingOf(session, round);
  }, [session]);
}
