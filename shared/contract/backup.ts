import { z } from 'zod';
import { Empty, Instant, requiredText } from './common';

/**
 * Data safety: backups, restore, the integrity check and the portable archive.
 * Backups are files named by the core; the renderer only ever sends back a name it was given,
 * so the id pattern is strict and no path can be smuggled through it.
 */

export const BackupKind = z.enum(['daily', 'weekly', 'manual', 'pre-migration', 'pre-restore']);
export type BackupKind = z.infer<typeof BackupKind>;

/** `roundtable-20261123-140000-000-daily.db`: UTC, so names sort by time on every system. */
export const BACKUP_NAME_PATTERN =
  /^roundtable-(\d{8})-(\d{6})-(\d{3})-(daily|weekly|manual|pre-migration|pre-restore)(?:-(\d{1,3}))?\.db$/;

export const BackupId = z.string().max(100).regex(BACKUP_NAME_PATTERN, { error: 'invalidBackup' });

/** Row counts of what a person recognises; a table is counted only where that version has it. */
export const BackupSummary = z.object({
  organizations: z.number().int(),
  people: z.number().int(),
  meetings: z.number().int().optional(),
  actions: z.number().int().optional(),
  terms: z.number().int().optional(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

export const BackupInfo = z.object({
  /** The file name; pass it back to `backup.restore`. */
  id: BackupId,
  createdAt: Instant,
  kind: BackupKind,
  sizeBytes: z.number().int().nonnegative(),
  /** The folder it is in (the default one or the folder chosen in Settings). */
  folder: z.string(),
  /** Null, like `summary`, when the file cannot be read: it is listed but cannot be restored. */
  schemaVersion: z.number().int().nullable(),
  summary: BackupSummary.nullable(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BackupConfig = z.object({
  /** Always used when the chosen folder is unreachable (e.g. a network drive while offline). */
  defaultFolder: z.string(),
  /** Chosen in Settings, or null for the default. */
  folder: z.string().nullable(),
  /** Where the next backup goes: the chosen folder if it is reachable now, else the default. */
  activeFolder: z.string(),
  retention: z.record(BackupKind, z.number().int()),
});
export type BackupConfig = z.infer<typeof BackupConfig>;

export const Health = z.object({
  status: z.enum(['ok', 'damaged']),
  /** Plain sentences for the "database damaged" screen, most important first. */
  problems: z.array(z.string()),
  checkedAt: Instant,
  /** When damaged: the newest backup that passes a full integrity check, to offer restoring it. */
  latestGoodBackup: BackupInfo.nullable(),
});
export type Health = z.infer<typeof Health>;

export const ArchiveManifest = z.strictObject({
  app: z.literal('roundtable'),
  schemaVersion: z.number().int().min(1).max(10_000),
  exportedAt: Instant,
  tables: z.record(z.string().max(64), z.number().int().nonnegative()),
});
export type ArchiveManifest = z.infer<typeof ArchiveManifest>;

/** Fifty megabytes of JSON is far beyond an agency's years of meetings: more is a wrong file. */
export const MAX_ARCHIVE_CHARS = 50_000_000;

export const backupContract = {
  /** Newest first, from the default folder and the chosen one. */
  'backup.list': { input: Empty, output: z.array(BackupInfo) },
  /** "Back up now". */
  'backup.create': { input: Empty, output: BackupInfo },
  /**
   * Backs up the current data first (`pre-restore`), then replaces it with the backup. Emits
   * `data.changed` with domains `['*']`: every view reloads.
   */
  'backup.restore': {
    input: z.strictObject({ id: BackupId }),
    output: z.object({ restored: BackupInfo, safetyCopy: BackupInfo.nullable() }),
  },
  'backup.getConfig': { input: Empty, output: BackupConfig },
  /** An absolute path to an existing, writable folder; null goes back to the default folder. */
  'backup.setFolder': {
    input: z.strictObject({ folder: requiredText(1000).nullable() }),
    output: BackupConfig,
  },

  'data.health': { input: Empty, output: Health },
  /** Everything, as one JSON document: `{ manifest, tables: { name: rows[] } }`. */
  'data.exportArchive': {
    input: Empty,
    output: z.object({ filename: z.string(), json: z.string(), manifest: ArchiveManifest }),
  },
  /** Only into a database with no records yet (settings do not count); else `conflict`. */
  'data.importArchive': {
    input: z.strictObject({
      json: z.string().min(1).max(MAX_ARCHIVE_CHARS, { error: 'fileTooLarge' }),
    }),
    output: z.object({ manifest: ArchiveManifest }),
  },
};
