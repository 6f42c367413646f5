/** Whole numbers only: "1.5" or "ten" become NaN, which the contract refuses with its message. */
export const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);
