import type { Participant } from '../../../shared/contract';

/** Lower case without accents, so "helene" finds "Hélène" at the door. */
export const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();

/** "Ana Roy (Shelter North)"; just the name when the agency is not known. */
export const nameWithAgency = (p: Pick<Participant, 'name' | 'agency'>) =>
  p.agency ? `${p.name} (${p.agency})` : p.name;

/** Alphabetical, as a check-in list at the door is read. */
export const byName = (locale: string) => (a: Participant, b: Participant) =>
  a.name.localeCompare(b.name, locale, { sensitivity: 'base' });

/** The seated: only people checked in take part in the plan. */
export const presentOnes = (participants: readonly Participant[]) =>
  participants.filter((p) => p.present && p.leftAfterRound === null);
