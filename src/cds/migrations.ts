/**
 * The CDS's numbered schema migrations (src/core/openDatabase.ts applies them). Migration N
 * (1-based) brings `PRAGMA user_version` from N-1 to N. Never edit a released migration: add a new one.
 */
import type { Migration } from '../core/openDatabase.js';
import { migration1 } from './migration1.js';
import { migration2 } from './migration2.js';
import { migration3 } from './migration3.js';
import { migration4 } from './migration4.js';
import { migration5 } from './migration5.js';
import { migration6 } from './migration6.js';

export const migrations: Migration[] = [migration1, migration2, migration3, migration4, migration5, migration6];
