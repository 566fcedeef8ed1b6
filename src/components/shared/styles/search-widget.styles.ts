import { chipGroupStyles } from '../chip-group/chip-group.styles.js';
import { localeSwitchStyles } from '../locale-switch/locale-switch.js';
import { searchStatesStyles } from '../search-states/search-states.styles.js';
import { fieldStyles, hostReset } from './base.styles.js';
import { disclosureStyles } from './controls.styles.js';

/** What both search widgets are drawn with, in cascade order; each adds its chip look and its own sheet last. */
export const searchWidgetStyles = [hostReset, fieldStyles, localeSwitchStyles, searchStatesStyles, chipGroupStyles, disclosureStyles];
