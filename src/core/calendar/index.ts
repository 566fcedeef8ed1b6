/** Calendar files (RFC 5545) for course schedules; no DOM, runs in Node and the browser. */

export { berlinOffsetMinutes, berlinToUtcMs } from './berlin-time.js';
export { buildCourseCalendar, type CourseCalendarOptions, calendarFileName } from './course-calendar.js';
export { escapeText, foldLine, serializeLines } from './ics-lines.js';
export { localToday } from './local-date.js';
