import type { Migration } from '../migrate';
import { m0001 } from './0001-directory';
import { m0002 } from './0002-meetings';
import { m0003 } from './0003-notes';
import { m0004 } from './0004-glossary';
import { m0005 } from './0005-networking';

/** In order. Never edit a migration that has shipped: add the next one. */
export const migrations: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005];
