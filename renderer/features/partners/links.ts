/** The partners section: cadence is its first tab, the others hang off it. */
export const PARTNERS_PATH = '/partners';
export const CHANGES_PATH = '/partners/changes';
export const NETWORK_PATH = '/partners/network';
export const PARTICIPATION_PATH = '/partners/participation';

/** The query parameter naming the change to open on the changes screen (links from home). */
export const CHANGE_PARAM = 'change';

/** The changes screen with one change's checklist open. */
export const changePath = (id: string) =>
  `${CHANGES_PATH}?${CHANGE_PARAM}=${encodeURIComponent(id)}`;

/** The query parameter naming the partner whose contact history the cadence screen opens. */
export const PARTNER_PARAM = 'org';

/** The cadence screen with one partner's row in view and its contact history open. */
export const partnerPath = (id: string) =>
  `${PARTNERS_PATH}?${PARTNER_PARAM}=${encodeURIComponent(id)}`;

/** An organization's directory page (contact details, people; no partner information). */
export const organizationPath = (id: string) =>
  `/directory/organizations/${encodeURIComponent(id)}`;

/** A case and its reviews (the cases screens). */
export const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;
