import type { Migration } from '../migrate';

/** Placeholder: filled in by its owner (issue 8). */
export const m0006: Migration = {
  version: 6,
  name: '0006-partners',
  up() {},
};
