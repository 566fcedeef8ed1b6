import { type SVGTemplateResult, svg } from 'lit';
import type { LotsenTopic } from '../../core/schema/index.js';

/**
 * One simple line icon per topic (24×24, stroke = currentColor), always shown beside the
 * word: icons help people who read little German, words keep the meaning unambiguous.
 * None of them points in a direction, so none needs mirroring in right-to-left.
 */
const PATHS: Record<LotsenTopic, SVGTemplateResult> = {
  // A public building with columns.
  behoerden: svg`<path d="M3 10h18L12 4 3 10zM5 10v8M9.5 10v8M14.5 10v8M19 10v8M3 20h18" />`,
  // A cross.
  gesundheit: svg`<path d="M9 3h6v6h6v6h-6v6H9v-6H3V9h6z" />`,
  // An open book.
  'schule-kita': svg`<path d="M12 6c-2-1.5-5-2-8-1.5v13c3-.5 6 0 8 1.5 2-1.5 5-2 8-1.5v-13c-3-.5-6 0-8 1.5zM12 6v13" />`,
  // A house.
  wohnen: svg`<path d="M3 11l9-7 9 7M5 9.5V20h5v-6h4v6h5V9.5" />`,
  // A briefcase.
  arbeit: svg`<path d="M3 8h18v11H3zM9 8V5h6v3M3 13h18" />`,
  // A passport/document with a line of text.
  'asyl-aufenthalt': svg`<path d="M6 3h12v18H6zM9 8h6M9 12h6M9 16h3" />`,
  // A shopping bag.
  alltag: svg`<path d="M5 8h14l-1 13H6zM9 8V6a3 3 0 0 1 6 0v2" />`,
  // A ball.
  freizeit: svg`<circle cx="12" cy="12" r="8" /><path d="M4 12h16M12 4c3 3 3 13 0 16M12 4c-3 3-3 13 0 16" />`,
  // Two people.
  familie: svg`<circle cx="8" cy="7" r="2.5" /><circle cx="16" cy="9" r="2" /><path d="M3 20v-4a5 5 0 0 1 10 0v4M13 20v-3a3 3 0 0 1 6 0v3" />`,
};

export function topicIcon(topic: string): SVGTemplateResult {
  const path = PATHS[topic as LotsenTopic];
  return svg`<svg class="topic-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round">${path ?? svg`<circle cx="12" cy="12" r="3" />`}</svg>`;
}
