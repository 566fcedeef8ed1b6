/**
 * Clock and calendar: the time of day and its parts (clock.ts), dates, weekdays and today in
 * Germany (local-date.ts), Europe/Berlin offsets (berlin-time.ts), and calendar files for course
 * schedules (course-calendar.ts, ics-lines.ts). No DOM; runs in Node and the browser.
 */

export { berlinOffsetMinutes, berlinToUtcMs } from './berlin-time.js';
export {
  DAYPART_EDGES,
  DAYPART_MIN_MINUTES,
  DAYPARTS,
  type Daypart,
  daypartMask,
  daypartSpan,
  daypartsOf,
  formatTime,
  parseTime,
} from './clock.js';
export { buildCourseCalendar, type CourseCalendarOptions, calendarFileName } from './course-calendar.js';
export { escapeText, foldLine, serializeLines } from './ics-lines.js';
export { byWeekday, dayIndex, dayNumber, isoDate, localToday, weekdayOf } from './local-date.js';
