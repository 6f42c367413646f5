import { z } from 'zod';

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
