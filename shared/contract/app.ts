import { z } from 'zod';
import { Empty } from './common';

export const Language = z.enum(['en', 'fr']);
export type Language = z.infer<typeof Language>;

export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

export const Settings = z.strictObject({
  language: Language,
  theme: Theme,
  highContrast: z.boolean(),
  /** The countdown turns to "warning" with this many seconds left (default 2 minutes). */
  timerWarningSeconds: z.number().int().min(0).max(3600),
  /** …and to "final" with this many (default 30 s). */
  timerFinalSeconds: z.number().int().min(0).max(3600),
  /** A chime at the warning and at zero, on the chair's screen. */
  chime: z.boolean(),
  /** 0–100. */
  chimeVolume: z.number().int().min(0).max(100),
  /** Months after a case closes before its notes and initials are purged; 0 keeps them. */
  retentionMonths: z.number().int().min(0).max(240),
  /** Lock the app after this many idle minutes; 0 never locks by itself. */
  lockAfterMinutes: z.number().int().min(0).max(240),
});
export type Settings = z.infer<typeof Settings>;

export const appContract = {
  'app.info': {
    input: Empty,
    output: z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      /** Whether this host can print minutes to PDF itself (the desktop app); else the browser prints. */
      pdfExport: z.boolean(),
    }),
  },
  'settings.get': { input: Empty, output: Settings },
  'settings.update': { input: Settings.partial(), output: Settings },
};
