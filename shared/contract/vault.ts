/*
 * Encryption at rest and the app lock (issue 7): placeholder slice, filled in by its owner.
 */
export const vaultContract = {};
