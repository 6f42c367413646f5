/** Settings › Privacy: how long closed cases keep their notes, and the access log. */
export const PRIVACY_SETTINGS_PATH = '/settings/privacy';
