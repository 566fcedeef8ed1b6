/** German texts for the states area (source locale). */
export const searchStates = {};
