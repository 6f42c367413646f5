/** Settings › Security and privacy. */
export const SECURITY_PATH = '/settings/security';
