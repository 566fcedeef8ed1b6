/** Weekly availability: parse, normalise, overlap, day parts, localised summaries. */
export {
  DAYPART_NAMES,
  DAYPARTS,
  type Daypart,
  daypartSlots,
  formatTime,
  normalizeSlots,
  overlapMinutes,
  parseTime,
} from './slots.js';
export { formatSchedule, summarizeSlots } from './summary.js';
