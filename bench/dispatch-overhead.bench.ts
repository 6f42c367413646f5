/*
 * What the boundary costs: `settings.get` through core.call (method lookup, zod input parse,
 * handler, zod output check, envelope, promise) against the same prepared statement run
 * directly on better-sqlite3. Budget: dispatch adds under 20 µs per call.
 */
import { createCore } from '../electron/core/create-core';
import { openDatabase } from '../electron/core/db/open';
import { measure } from './measure';

const db = openDatabase(':memory:');
const core = createCore({ db });
await core.call('settings.update', { language: 'fr', theme: 'dark', highContrast: true });
const rows = (db.prepare('SELECT count(*) AS n FROM settings').get() as { n: number }).n;
const direct = db.prepare('SELECT key, value FROM settings');

const directUs = await measure(() => direct.all());
const viaCoreUs = await measure(() => core.call('settings.get', {}));
const added = viaCoreUs - directUs;

console.log(
  `dataset: settings table with ${rows} rows, in-memory database, Node ${process.version}`,
);
console.log(`direct better-sqlite3 query : ${directUs.toFixed(2)} µs/op`);
console.log(`core.call('settings.get')  : ${viaCoreUs.toFixed(2)} µs/op`);
console.log(
  `dispatch adds               : ${added.toFixed(2)} µs/op (ratio ${(viaCoreUs / directUs).toFixed(1)}×; budget < 20 µs) ${added < 20 ? 'OK' : 'OVER BUDGET'}`,
);
core.close();
