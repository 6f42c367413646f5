/** The backups and data screen: from Settings, and from the "damaged" notice. */
export const BACKUPS_PATH = '/settings/backups';
