/**
 * "In den Kalender": the core writes the .ics text, this turns it into a download. Made in
 * the browser from the feed record, so no calendar service learns which course a resident
 * looked at. A Blob URL is allowed under a strict CSP (no script, no style involved).
 */
import { buildCourseCalendar, type CourseCalendarOptions, calendarFileName } from '../../core/calendar/index.js';
import type { SprachkursRecord } from '../../core/schema/index.js';

/** Starts the download; returns false when the course has nothing to put in a calendar. */
export function downloadCourseCalendar(course: SprachkursRecord, options: CourseCalendarOptions, anchorParent: Node): boolean {
  const text = buildCourseCalendar(course, options);
  if (!text) return false;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = calendarFileName(course);
  a.hidden = true;
  // Inside the shadow root so the page's click handlers (analytics, link rewriters) never see it.
  anchorParent.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once cancels the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
