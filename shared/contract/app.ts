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
});
export type Settings = z.infer<typeof Settings>;

export const appContract = {
  'app.info': {
    input: Empty,
    output: z.object({ version: z.string(), schemaVersion: z.number().int() }),
  },
  'settings.get': { input: Empty, output: Settings },
  'settings.update': { input: Settings.partial(), output: Settings },
};
