import * as rruleModule from 'rrule';

/**
 * The `rrule` package ships an ES module build (its `module` field, which Vite and esbuild use) and
 * a UMD build (`main`), with no `exports` map and no `"type": "module"`. Plain Node ESM (tsx, the
 * test runner) therefore loads the UMD build, whose exports arrive only as `default`, and
 * `import { RRule } from 'rrule'` fails there. Picking them from the namespace works with both
 * builds, so the rest of shared/ imports `rrule` only through this file. `Reflect.get` keeps
 * bundlers from warning that the ES build has no default export.
 */
type RRuleLib = typeof rruleModule;

const lib: RRuleLib =
  'RRule' in rruleModule && typeof rruleModule.RRule === 'function'
    ? rruleModule
    : (Reflect.get(rruleModule, 'default') as RRuleLib);

export const RRule = lib.RRule;
export type RRule = rruleModule.RRule;
export type RRuleOptions = rruleModule.Options;
