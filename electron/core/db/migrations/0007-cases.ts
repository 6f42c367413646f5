import type { Migration } from '../migrate';

/** Placeholder: filled in by its owner (issue 7). */
export const m0007: Migration = {
  version: 7,
  name: '0007-cases',
  up() {},
};
