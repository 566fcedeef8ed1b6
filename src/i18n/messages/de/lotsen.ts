/** German texts for the lotsen area (source locale). */
export const lotsen = {};
