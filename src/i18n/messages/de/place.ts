/** German texts for the place area (source locale). */
export const place = {};
