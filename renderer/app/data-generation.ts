import { createContext } from 'react';

/**
 * Goes up each time the core replaces all data (a restore or an archive import): screens are
 * keyed on it, so nothing on screen still holds values read from the data that was replaced.
 */
export const DataGenerationContext = createContext(0);
