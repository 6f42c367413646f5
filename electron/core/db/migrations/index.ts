import type { Migration } from '../migrate';
import { m0001 } from './0001-directory';
import { m0002 } from './0002-meetings';
import { m0003 } from './0003-notes';
import { m0004 } from './0004-glossary';
import { m0005 } from './0005-networking';
import { m0006 } from './0006-partners';
import { m0007 } from './0007-cases';
import { m0008 } from './0008-privacy-log';
import { m0009 } from './0009-case-search';

/** In order. Never edit a migration that has shipped: add the next one. */
export const migrations: readonly Migration[] = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0006,
  m0007,
  m0008,
  m0009,
];
