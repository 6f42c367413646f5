import { createContext } from 'react';

/**
 * Form drafts live above the screens' error boundaries, so what someone typed survives a screen
 * that failed and was tried again.
 */
export const DraftsContext = createContext<Map<string, unknown>>(new Map());
