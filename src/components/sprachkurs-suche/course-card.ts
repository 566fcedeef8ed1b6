/**
 * One course in the result list. A template function rather than an element: its links and
 * buttons stay in the search's shadow root, so focus order and ids work across the list.
 * Feed text is only ever interpolated as text; links pass the shared URL guards.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { weeklyTimes } from '../../core/availability/index.js';
import { languageName } from '../../core/language/index.js';
import type { Hit } from '../../core/match/index.js';
import type { SprachkursRecord } from '../../core/schema/index.js';
import { scheduleText } from '../../i18n/availability-text.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import { mailtoHref, safeHttpUrl, telHref } from '../shared/search-states/search-states.js';

export interface CourseCardContext {
  i18n: LocaleController;
  /** YYYY-MM-DD the list is computed for ("läuft seit" vs "ab"). */
  today: string;
  onCalendar: (course: SprachkursRecord) => void;
  onSelect: (course: SprachkursRecord) => void;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "1. Dezember 2026" / "1 December 2026" / "1 ديسمبر 2026", from a feed date (no time zone shift). */
function formatCourseDate(iso: string, intlLocale: string): string {
  let fmt = dateFormats.get(intlLocale);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(intlLocale, fmt);
  }
  return fmt.format(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)));
}

function formatCost(course: SprachkursRecord, i18n: LocaleController): string {
  if (course.cost.amount === 0) return i18n.t('kurse.card.free');
  const amount = new Intl.NumberFormat(i18n.intlLocale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(course.cost.amount);
  return course.cost.note ? `${amount} – ${course.cost.note}` : amount;
}

function startText(course: SprachkursRecord, ctx: CourseCardContext): string {
  const { i18n } = ctx;
  if (course.rollingEntry) return i18n.t('kurse.card.rolling');
  const date = formatCourseDate(course.start, i18n.intlLocale);
  return course.start <= ctx.today ? i18n.t('kurse.card.runningSince', date) : i18n.t('kurse.card.startsOn', date);
}

function levelText(course: SprachkursRecord, i18n: LocaleController): string {
  return course.levels.map((l) => i18n.t(`kurse.level.${l}`)).join(' · ');
}

function placeText(course: SprachkursRecord, i18n: LocaleController): string {
  if (course.format === 'online') return i18n.t('kurse.card.online');
  const p = course.place;
  const town = p.ortsteil ? `${p.ort}-${p.ortsteil}` : p.ort;
  const where = [p.address, [p.plz, town].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return course.format === 'hybrid' ? `${where} · ${i18n.t('kurse.format.hybrid')}` : where;
}

export function renderCourseCard(hit: Hit<SprachkursRecord>, ctx: CourseCardContext): TemplateResult {
  const c = hit.record;
  const { i18n } = ctx;
  const titleId = `kurs-${encodeURIComponent(c.id)}`;
  const reg = c.registration;
  const web = safeHttpUrl(reg.url);
  const mail = mailtoHref(reg.email);
  const tel = telHref(reg.phone);
  const seats = c.seats;
  const full = seats !== undefined && seats.free === 0;
  const fact = (label: string, value: unknown) => html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
  const select = () => ctx.onSelect(c);
  return html`<article class="card" part="card" aria-labelledby=${titleId}>
    <p class="badges">
      <span class="badge program program-${c.program}" part="program-badge">${i18n.t(`kurse.program.${c.program}`)}</span>
      <span class="badge level" part="level-badge"><span class="visually-hidden">${i18n.t('kurse.card.level')}: </span>${levelText(c, i18n)}</span>
      ${c.audience !== 'alle' ? html`<span class="badge audience">${i18n.t(`kurse.audience.${c.audience}`)}</span>` : nothing}
    </p>
    <h3 id=${titleId} class="card-title"><bdi>${c.title}</bdi></h3>
    <p class="provider"><span class="visually-hidden">${i18n.t('kurse.card.provider')}: </span><bdi>${c.provider.name}</bdi></p>
    <dl class="facts">
      ${c.schedule.length ? fact(i18n.t('kurse.card.when'), html`<span class="schedule">${scheduleText(i18n, weeklyTimes(c.schedule))}</span>`) : nothing}
      ${fact(
        i18n.t('kurse.card.start'),
        html`${startText(c, ctx)}${c.end && !c.rollingEntry ? html` · ${i18n.t('kurse.card.until', formatCourseDate(c.end, i18n.intlLocale))}` : nothing}`,
      )}
      ${fact(
        i18n.t('kurse.card.where'),
        // <bdi>: "63150 Heusenstamm" keeps its order inside an Arabic sentence.
        html`<bdi>${placeText(c, i18n)}</bdi>${
          hit.distanceKm !== undefined && c.format !== 'online'
            ? html` <span class="distance">(${i18n.t('kurse.card.distance', i18n.t('common.km', hit.distanceKm))})</span>`
            : nothing
        }`,
      )}
      ${fact(i18n.t('kurse.card.cost'), formatCost(c, i18n))}
    </dl>
    <ul class="markers" part="markers">
      ${
        c.childcare
          ? html`<li class="marker marker-childcare">
            ${c.childcareAges ? i18n.t('kurse.card.childcareAges', c.childcareAges.min, c.childcareAges.max) : i18n.t('kurse.card.childcare')}
          </li>`
          : nothing
      }
      ${c.place.barrierefrei && c.format !== 'online' ? html`<li class="marker marker-access">${i18n.t('kurse.card.barrierefrei')}</li>` : nothing}
      ${
        full
          ? html`<li class="marker marker-full">${i18n.t('kurse.card.full')}</li>`
          : seats
            ? html`<li class="marker marker-seats">${i18n.t('kurse.card.seats', seats.free)}</li>`
            : nothing
      }
      ${
        c.supportLanguages?.length
          ? html`<li class="marker marker-support">
            ${i18n.t('kurse.card.support', c.supportLanguages.map((l) => languageName(l, i18n.locale)).join(', '))}
          </li>`
          : nothing
      }
    </ul>
    ${
      reg.deadline && reg.deadline >= ctx.today
        ? html`<p class="deadline">${i18n.t('kurse.card.deadline', formatCourseDate(reg.deadline, i18n.intlLocale))}</p>`
        : nothing
    }
    <div class="actions" part="actions">
      ${
        web
          ? html`<a class="button" part="button register-link" href=${web.href} target="_blank" rel="noopener noreferrer" @click=${select}
            >${i18n.t('kurse.card.register')}<span class="visually-hidden">: ${c.title}</span></a
          >`
          : nothing
      }
      ${
        mail
          ? html`<a class="button ${web ? 'secondary' : ''}" part="button register-link" href=${mail} @click=${select}
            >${i18n.t('kurse.card.email')}<span class="visually-hidden">: ${c.title}</span></a
          >`
          : nothing
      }
      ${
        tel
          ? html`<a class="button secondary" part="button register-link" href=${tel} @click=${select}
            ><span>${i18n.t('kurse.card.phone', '')}</span><span dir="ltr">${reg.phone}</span></a
          >`
          : nothing
      }
      ${
        c.schedule.length
          ? html`<button type="button" class="button secondary" part="button calendar-button" @click=${() => ctx.onCalendar(c)}>
            ${i18n.t('kurse.card.calendar')}<span class="visually-hidden">: ${c.title}. ${i18n.t('kurse.card.calendar.hint')}</span>
          </button>`
          : nothing
      }
    </div>
  </article>`;
}
