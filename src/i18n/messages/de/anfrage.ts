/** German texts for the anfrage area (source locale). */
export const anfrage = {};
