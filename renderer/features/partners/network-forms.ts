import { z } from 'zod';
import { AskForConnections, ConnectionDraft, type ConnectionKind } from '../../../shared/contract';
import { AppError, isAppError, type ErrorIssue } from '../../../shared/errors';

/* ------------------------------------------------------------------ add or edit a connection */

export interface ConnectionValues {
  fromId: string;
  toId: string;
  kind: ConnectionKind;
  note: string;
  since: string | null;
}

type Path = readonly PropertyKey[];
type Ctx = z.core.$RefinementCtx;

const report = (ctx: Ctx, path: string, message: string) =>
  ctx.addIssue({ code: 'custom', path: [path], message });

/**
 * The contract's rules for a new connection, with "Choose an organization." where one is missing
 * (the contract would only say the id is invalid).
 */
export const ConnectionFormSchema = z.unknown().transform((input, ctx) => {
  const values = input as ConnectionValues;
  const missing = new Set<string>();
  for (const field of ['fromId', 'toId'] as const) {
    if (values[field] === '') {
      missing.add(field);
      report(ctx, field, 'organizationRequired');
    }
  }
  const result = ConnectionDraft.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (!missing.has(field)) report(ctx, field, issue.message);
    }
    return z.NEVER;
  }
  return missing.size > 0 ? z.NEVER : result.data;
});

/* ------------------------------------------------------------------ ask for connections */

export interface AskRow {
  /** Keeps each row's fields in place when one above is removed. */
  key: string;
  organizationId: string | null;
  newName: string;
  kind: ConnectionKind;
  note: string;
}

export interface AskValues {
  organizationId: string;
  askedOn: string | null;
  named: AskRow[];
}

/** Each named connection's fields get their own name, so errors land on the right row. */
export const rowField = (index: number, field: 'organization' | 'kind' | 'note') =>
  `named.${index}.${field}`;

/** `['named', 2, 'newName']` → `named.2.organization`; anything else keeps its first name. */
export function askFieldOf(path: Path): string {
  const [first, index, field] = path;
  if (first === 'named' && typeof index === 'number') {
    if (field === 'kind' || field === 'note') return rowField(index, field);
    return rowField(index, 'organization');
  }
  return typeof first === 'string' ? first : '';
}

export const askInputOf = (values: AskValues) => ({
  organizationId: values.organizationId,
  askedOn: values.askedOn,
  named: values.named.map(({ organizationId, newName, kind, note }) => ({
    organizationId,
    newName,
    kind,
    note,
  })),
});

/** The contract's rules for what an organization named, each message on its row's field. */
export const AskFormSchema = z.unknown().transform((input, ctx) => {
  const values = input as ReturnType<typeof askInputOf>;
  const said = new Set<string>();
  const say = (field: string, message: string) => {
    if (said.has(field)) return;
    said.add(field);
    report(ctx, field, message);
  };
  if (values.organizationId === '') say('organizationId', 'organizationRequired');
  if (values.askedOn === null) say('askedOn', 'required');
  values.named.forEach((row, index) => {
    if (row.organizationId !== null && row.organizationId === values.organizationId) {
      say(rowField(index, 'organization'), 'selfConnection');
    }
  });
  const result = AskForConnections.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) say(askFieldOf(issue.path), issue.message);
  }
  if (!result.success || said.size > 0) return z.NEVER;
  return result.data;
});

/** What the core refused, with its issues renamed to the form's fields (see askFieldOf). */
export function withAskFields(error: unknown): unknown {
  if (!isAppError(error) || !error.issues) return error;
  const issues: ErrorIssue[] = error.issues.map((issue) => ({
    ...issue,
    path: [askFieldOf(issue.path)],
  }));
  return new AppError(error.code, error.message, issues);
}
