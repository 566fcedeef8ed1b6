/** Calendar files (RFC 5545) for course schedules; no DOM, runs in Node and the browser. */
export { buildCourseCalendar, calendarFileName, type CourseCalendarOptions } from './course-calendar.js';
export { escapeText, foldLine, serializeLines } from './ics-lines.js';
export { berlinOffsetMinutes, berlinToUtcMs } from './berlin-time.js';
export { localToday } from './local-date.js';
