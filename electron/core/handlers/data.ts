import type { backupContract } from '../../../shared/contract';
import type { HandlersFor } from '../context';
import { exportArchive, importArchive } from '../storage/archive';

/** Backups, restore, health and the portable archive: the rules live in `storage/`. */
export const dataHandlers: HandlersFor<typeof backupContract> = {
  'backup.list': (_input, { safety }) => safety.list(),

  // The one kind of handler that awaits: the online backup holds no transaction open meanwhile.
  'backup.create': async (_input, ctx) => {
    const info = await ctx.safety.create('manual');
    ctx.emit('data.changed', { domains: ['backups'] });
    return info;
  },

  'backup.restore': async ({ id }, ctx) => {
    const result = await ctx.safety.restore(id);
    // Everything may differ now: every view reloads.
    ctx.emit('data.changed', { domains: ['*'] });
    return result;
  },

  'backup.getConfig': (_input, { safety }) => safety.config(),

  'backup.setFolder': ({ folder }, ctx) => {
    const config = ctx.safety.setFolder(folder);
    ctx.emit('data.changed', { domains: ['backups'] });
    return config;
  },

  'data.health': (_input, { safety }) => safety.health(),

  'data.exportArchive': (_input, { db, clock, safety }) => {
    safety.assertReadable();
    return exportArchive(db, clock.now());
  },

  'data.importArchive': ({ json }, ctx) => {
    const manifest = importArchive(ctx.db, json);
    ctx.emit('data.changed', { domains: ['*'] });
    return { manifest };
  },
};
