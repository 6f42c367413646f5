import { z } from 'zod';
import { Language } from './app';
import { Id, IdInput, Instant, optionalText, requiredText } from './common';
import { MAX_CSV_CHARS } from './directory';
import { TimerState } from './meetings';
import { ExportedFile } from './notes';

/**
 * Speed networking: a meeting of kind `speed_networking` has a session — participants, a format,
 * rules, a rotation plan (shared/domain/rotation.ts planRotation) and a round timer run by the
 * core's timer authority (the meeting's countdown while it is in progress).
 */

/** Participant limits: a room of 60 is the target; 300 leaves room without letting a file run wild. */
export const MAX_PARTICIPANTS = 300;
export const MAX_ROUNDS = 100;

export const Participant = z.object({
  id: Id,
  /** The directory's person, when picked from it; null for someone added on the spot. */
  personId: Id.nullable(),
  name: z.string(),
  /** The directory's organization, when known. */
  organizationId: Id.nullable(),
  /** The agency's name as shown (the organization's, or typed for someone not in the directory). */
  agency: z.string(),
  /** A host stays at one table all event. */
  host: z.boolean(),
  /** Checked in at the door; only present people are seated. */
  present: z.boolean(),
  /** The first round (1-based) they take part in: 1, or later for a late arrival. */
  fromRound: z.number().int().min(1),
  /** After this round (1-based) they left; null while they stay. */
  leftAfterRound: z.number().int().min(0).nullable(),
});
export type Participant = z.infer<typeof Participant>;

export const ParticipantDraft = z.strictObject({
  personId: Id.nullable().default(null),
  /** Required unless `personId` is given (the directory's name is used then). */
  name: optionalText(200).default(''),
  organizationId: Id.nullable().default(null),
  agency: optionalText(200).default(''),
  host: z.boolean().default(false),
  present: z.boolean().default(true),
});
export type ParticipantDraft = z.input<typeof ParticipantDraft>;

export const NetworkingFormat = z.strictObject({
  /** People per table: 2 = pairs. */
  groupSize: z.number().int().min(2).max(8),
  rounds: z.number().int().min(1).max(MAX_ROUNDS),
  roundSeconds: z.number().int().min(30).max(3600),
  /** The switch countdown between rounds, for people to find their next table. */
  switchSeconds: z.number().int().min(0).max(900),
  /** At the end of a countdown the next one starts by itself; off, the facilitator moves on. */
  autoAdvance: z.boolean(),
  /** Never seat two people from the same agency together when avoidable (on by default). */
  separateSameOrg: z.boolean(),
  /** Avoid pairs who met at earlier sessions of the same series. */
  useHistory: z.boolean(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
});
export type NetworkingFormat = z.infer<typeof NetworkingFormat>;

/** Why the suggested number of rounds is what it is, for the setup screen to say in words. */
export const RoundsAdvice = z.object({
  /** The most rounds this group can do with nobody meeting twice (as far as is known). */
  rounds: z.number().int(),
  reason: z.enum([
    /** Pairs, even count: n − 1 (everyone meets everyone once). */
    'pairs_even',
    /** Pairs, odd count: n rounds, one person sitting out each. */
    'pairs_odd',
    /** Tables of k: floor((n − 1)/(k − 1)), each round meeting k − 1 new people. */
    'tables',
    /** Same-agency separation with agencies of equal size s: n − s. */
    'agencies',
    /** Fewer than two people can be seated. */
    'too_few',
  ]),
  /** The figures the sentence uses (n people, k per table, s per agency…). */
  people: z.number().int(),
  agencySize: z.number().int().nullable(),
});
export type RoundsAdvice = z.infer<typeof RoundsAdvice>;

export const PlannedRound = z.object({
  /** 1-based. */
  number: z.number().int(),
  /** Participant ids per table; table numbers are positions + 1. */
  tables: z.array(z.array(Id)),
  sittingOut: z.array(Id),
  /** Held rounds are history: re-planning never changes them. */
  held: z.boolean(),
});
export type PlannedRound = z.infer<typeof PlannedRound>;

export const NetworkingPhase = z.enum([
  /** Not started: setup and check-in. */
  'setup',
  /** A round is on: people talk at their tables. */
  'round',
  /** Between rounds: people move to their next table. */
  'switch',
  /** The last round ended. */
  'done',
]);
export type NetworkingPhase = z.infer<typeof NetworkingPhase>;

export const NetworkingSession = z.object({
  meetingId: Id,
  meetingTitle: z.string(),
  seriesId: Id.nullable(),
  format: NetworkingFormat,
  advice: RoundsAdvice,
  participants: z.array(Participant),
  /** Pairs of participant ids never to seat together. */
  keepApart: z.array(z.tuple([Id, Id])),
  /** Null until planned. */
  plan: z
    .object({
      rounds: z.array(PlannedRound),
      repeats: z.number().int(),
      violations: z.number().int(),
      plannedAt: Instant,
    })
    .nullable(),
  /** The plan no longer matches the participants or format: plan again before starting. */
  planStale: z.boolean(),
  run: z.object({
    phase: NetworkingPhase,
    /** The round on (or just ended, during a switch); 0 before the first. */
    round: z.number().int(),
    /** The countdown of the round or the switch; the meeting's own, run by the core. */
    timer: TimerState.nullable(),
  }),
  /** The last live change (late arrival, departure) can be undone until another change. */
  undo: z.object({ kind: z.enum(['arrival', 'departure']), name: z.string() }).nullable(),
  /** Pairs from earlier sessions of the same series, known to the planner. */
  historyPairs: z.number().int(),
});
export type NetworkingSession = z.infer<typeof NetworkingSession>;

export const ContactSummary = z.object({
  participantId: Id,
  name: z.string(),
  agency: z.string(),
  /** Everyone they shared a table with, in round order. */
  met: z.array(z.object({ name: z.string(), agency: z.string(), round: z.number().int() })),
});
export type ContactSummary = z.infer<typeof ContactSummary>;

const SessionRef = z.strictObject({ meetingId: Id });

export const networkingContract = {
  /** The session of a speed-networking meeting (created with defaults on first read). */
  'networking.get': { input: SessionRef, output: NetworkingSession },
  'networking.setFormat': {
    input: z.strictObject({ meetingId: Id, format: NetworkingFormat.partial() }),
    output: NetworkingSession,
  },
  'networking.addParticipant': {
    input: z.strictObject({ meetingId: Id, participant: ParticipantDraft }),
    output: NetworkingSession,
  },
  'networking.updateParticipant': {
    input: z.strictObject({
      id: Id,
      changes: z
        .strictObject({
          name: requiredText(200),
          agency: optionalText(200),
          organizationId: Id.nullable(),
          host: z.boolean(),
          present: z.boolean(),
        })
        .partial(),
    }),
    output: NetworkingSession,
  },
  /** Before the event only; during it, `networking.depart`. */
  'networking.removeParticipant': { input: IdInput, output: NetworkingSession },
  /** A sign-up list: name and agency columns (English or French headers); all or nothing. */
  'networking.importCsv': {
    input: z.strictObject({ meetingId: Id, csv: z.string().max(MAX_CSV_CHARS) }),
    output: z.object({
      session: NetworkingSession,
      added: z.number().int(),
      /** Rows already in the list (same name and agency), with their line. */
      skipped: z.array(z.object({ line: z.number().int(), name: z.string() })),
    }),
  },
  'networking.setKeepApart': {
    input: z.strictObject({
      meetingId: Id,
      pairs: z.array(z.tuple([Id, Id])).max(1000),
    }),
    output: NetworkingSession,
  },
  /** Plans every round not yet held from the present participants, format and rules. */
  'networking.plan': { input: SessionRef, output: NetworkingSession },

  /** Starts the event (the meeting goes in progress) with round 1's countdown. */
  'networking.start': { input: SessionRef, output: NetworkingSession },
  /**
   * Ends the countdown now and moves on: round → switch → next round → … → done. With `from` (the
   * phase and round the screen showed), nothing happens once the event is no longer there — the
   * auto-advance at zero got there first — so one press never moves on twice.
   */
  'networking.advance': {
    input: z.strictObject({
      meetingId: Id,
      from: z.strictObject({ phase: NetworkingPhase, round: z.number().int().min(0) }).optional(),
    }),
    output: NetworkingSession,
  },
  'networking.pause': { input: SessionRef, output: NetworkingSession },
  'networking.resume': { input: SessionRef, output: NetworkingSession },
  'networking.extend': {
    input: z.strictObject({
      meetingId: Id,
      deltaMs: z.number().int().min(-3_600_000).max(3_600_000),
    }),
    output: NetworkingSession,
  },
  /** Between rounds (during a switch, or before the first): someone arrives; later rounds are re-planned. */
  'networking.arrive': {
    input: z.strictObject({ meetingId: Id, participant: ParticipantDraft }),
    output: NetworkingSession,
  },
  /** Between rounds: someone leaves; later rounds are re-planned without them. */
  'networking.depart': { input: IdInput, output: NetworkingSession },
  /** Undoes the last arrival or departure: the participant list and the plan as they were. */
  'networking.undoChange': { input: SessionRef, output: NetworkingSession },
  /** Ends the event: who met whom is saved as history for the series; the meeting ends. */
  'networking.finish': { input: SessionRef, output: NetworkingSession },

  /** Each participant's contacts, for follow-up. */
  'networking.summary': { input: SessionRef, output: z.array(ContactSummary) },
  /** The plan as CSV (round, table, name, agency), or personal cards (HTML to print; PDF where the host prints). */
  'networking.export': {
    input: z.strictObject({
      meetingId: Id,
      format: z.enum(['plan_csv', 'cards_html', 'cards_pdf', 'summary_csv']),
      language: Language,
    }),
    output: ExportedFile,
  },
};
