/**
 * The two IPC channels between the main process and the preload. They live apart from any
 * module that imports electron so the preload bundle and the tests can share them.
 */
export const CALL_CHANNEL = 'roundtable:call';
export const EVENT_CHANNEL = 'roundtable:event';
