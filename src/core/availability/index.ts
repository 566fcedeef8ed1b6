/** Weekly availability: parse, normalise, overlap, day parts, localised summaries. */
export {
  DAYPARTS,
  DAYPART_NAMES,
  daypartSlots,
  formatTime,
  normalizeSlots,
  overlapMinutes,
  parseTime,
  type Daypart,
} from './slots.js';
export { formatSchedule, summarizeSlots } from './summary.js';
