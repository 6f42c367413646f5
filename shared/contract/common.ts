import { z } from 'zod';
import { richDocProblem, type RichDoc } from '../domain/rich-text';

/**
 * Building blocks of the contract. Messages on user-facing fields are i18n keys
 * (`validation.<key>` in the renderer catalogues), so one schema gives inline errors in both languages.
 */

export const Id = z.string().min(1).max(64);

export const IdInput = z.strictObject({ id: Id });

/** A calendar date with no time zone, `YYYY-MM-DD`: a "last verified" day is the same day everywhere. */
export const IsoDate = z.iso.date({ error: 'invalidDate' });

/** Epoch milliseconds: instants cross the boundary as plain numbers. */
export const Instant = z.number().int().nonnegative();

export const requiredText = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'tooLong' });

export const optionalText = (max: number) =>
  z.string({ error: 'invalid' }).trim().max(max, { error: 'tooLong' });

export const Email = optionalText(254).refine((v) => v === '' || z.email().safeParse(v).success, {
  error: 'invalidEmail',
});

export const Phone = optionalText(50).refine(
  (v) => v === '' || /^\+?[0-9().\s-]{3,}(\s*(x|ext\.?)\s*\d{1,6})?$/i.test(v),
  { error: 'invalidPhone' },
);

/** A website as people type it ("agency.ca" or "https://agency.ca"); the renderer adds https:// to open it. */
export const Website = optionalText(500).refine(
  (v) => v === '' || /^(https?:\/\/)?[^\s/$.?#]+\.[^\s]+$/i.test(v),
  { error: 'invalidUrl' },
);

export const SearchQuery = z.string().max(200);

export const Empty = z.strictObject({});

/**
 * A rich-text notes document (tiptap JSON), restricted to the nodes and marks the notes editor
 * offers; see shared/domain/rich-text.ts. The check is iterative, so no input can overflow it.
 */
export const RichDocument = z.custom<RichDoc>((value) => richDocProblem(value) === null, {
  error: (issue) => richDocProblem(issue.input) ?? 'invalidDocument',
});

/**
 * Who may see an agenda item's content outside the app: `shareable` goes into minutes,
 * `internal` only when the person exporting asks for it, `confidential` never.
 */
export const Confidentiality = z.enum(['shareable', 'internal', 'confidential']);
export type Confidentiality = z.infer<typeof Confidentiality>;
