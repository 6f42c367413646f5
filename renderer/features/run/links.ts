/** Where run mode lives. The meeting's own page belongs to the meetings feature. */
export const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;
export const runPath = (id: string) => `${meetingPath(id)}/run`;
export const presenterPath = (id: string) => `/present/${encodeURIComponent(id)}`;

/**
 * The presenter view as a link for a new tab. The routes are hash routes, so the href is a
 * fragment: the browser keeps the page's own address (and the session cookie browser mode set).
 */
export const presenterHref = (id: string) => `#${presenterPath(id)}`;
