/** German texts for the kurse area (source locale). */
export const kurse = {};
