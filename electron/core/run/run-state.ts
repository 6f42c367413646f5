import type { Attendance, RunState } from '../../../shared/contract';
import { IDLE_TIMER } from '../../../shared/domain/meeting-run';
import { remaining, type SpeakingRound } from '../../../shared/domain/speaking-round';
import type { Db } from '../db/open';
import type { AgendaItemRecord } from '../db/repos/agenda-items';
import type { MeetingRecord } from '../db/repos/meetings';
import { speakerNames } from './speakers';

/** Everyone in the round, in speaking order: done first, then the floor, then the queue. */
function participants(round: SpeakingRound): string[] {
  return [...round.spoken, ...round.passed, ...remaining(round)];
}

/**
 * The `run` part of a meeting's detail: null unless the meeting is in progress. The round is the
 * current item's (a round item once it has been current), with names for its speakers.
 */
export function runStateOf(
  db: Db,
  meeting: MeetingRecord,
  items: readonly AgendaItemRecord[],
  attendance: readonly Attendance[],
): RunState | null {
  if (meeting.status !== 'in_progress') return null;
  const current = items.find((item) => item.id === meeting.currentItemId) ?? null;
  const round = current?.round ?? null;
  return {
    currentItemId: current?.id ?? null,
    timer: meeting.timer ?? { ...IDLE_TIMER },
    round,
    speakers: round ? speakerNames(db, participants(round), attendance) : [],
  };
}
