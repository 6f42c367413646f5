import type { Migration } from '../migrate';

/** Placeholder: filled in by its owner (issue 7: access log and system issues). */
export const m0008: Migration = {
  version: 8,
  name: '0008-privacy-log',
  up() {},
};
