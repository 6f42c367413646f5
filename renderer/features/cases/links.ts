/** Where the case screens live. */
export const CASES_PATH = '/cases';

export const casePath = (id: string) => `${CASES_PATH}/${encodeURIComponent(id)}`;
