/** The planner's input and output, apart so its modules can share them without a cycle. */

export interface RotationInput {
  participants: { id: string; org?: string; host?: boolean }[];
  groupSize: number; // people per table, 2..8
  rounds: number;
  separateSameOrg?: boolean; // default true: same org never at one table when avoidable
  keepApart?: [string, string][]; // never at one table
  history?: [string, string][]; // pairs who met before: avoid, as if already met once
  seed?: number; // same input and seed → same plan
}

export interface RotationPlan {
  rounds: { tables: string[][]; sittingOut: string[] }[];
  /**
   * Distinct pairs seated together more than once, a meeting in `history` counting as one:
   * a pair that met before and shares a table once is a repeat; a pair seated together three
   * times is one repeat.
   */
  repeats: number;
  /**
   * Seatings of a forbidden pair — listed in `keepApart`, or with the same non-empty `org` while
   * `separateSameOrg` is on — counted once per pair and per round in which it shares a table.
   */
  violations: number;
}
