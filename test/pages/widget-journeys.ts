/**
 * What "the widget works" means in the page tests, done the way a person does it: by visible
 * labels and roles (Playwright's locators reach into open shadow roots), never by internal ids,
 * so the journeys hold while the widgets' insides change.
 */
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

const WIDGETS = ['wir-lotsen-finder', 'wir-sprachkurs-suche', 'wir-dolmetscher-anfrage'];

/** Console errors, page errors, CSP and Trusted Types violations: what a webmaster would see in the console. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Trusted Type/i.test(m.text())) problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

/** Resolves when every widget on the page (also inside other elements' shadow roots) has rendered and finished loading. */
export async function widgetsSettled(page: Page): Promise<void> {
  await page.waitForFunction((tags: string[]) => {
    const roots: Array<Document | ShadowRoot> = [document];
    const found: Element[] = [];
    while (roots.length) {
      const root = roots.pop()!;
      for (const el of root.querySelectorAll('*')) {
        if (tags.includes(el.localName)) found.push(el);
        if (el.shadowRoot) roots.push(el.shadowRoot);
      }
    }
    return (
      found.length > 0 &&
      found.every((el) => el.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[aria-busy="true"]'))
    );
  }, WIDGETS);
  await page.waitForTimeout(300);
}

const countIn = (text: string | null) => Number((text ?? '').replace(/\./g, '').match(/\d+/)?.[0] ?? Number.NaN);

/** The finder shows results for its preset place; choosing a language narrows them. */
export async function finderSearches(finder: Locator): Promise<void> {
  const heading = finder.locator('[part~="results-heading"]');
  const before = countIn(await heading.textContent());
  assert.ok(before > 0, `the finder shows results: ${await heading.textContent()}`);
  const language = finder.getByRole('combobox', { name: 'Meine Sprache' });
  await language.fill('Tigrinya');
  await language.press('Enter');
  await finder.page().waitForFunction(
    ([el, old]) => {
      const text = (el as Element).shadowRoot?.querySelector('[part~="results-heading"]')?.textContent ?? '';
      return /\d/.test(text) && Number(text.replace(/\./g, '').match(/\d+/)?.[0]) !== old;
    },
    [await finder.elementHandle(), before] as const,
  );
  const after = countIn(await heading.textContent());
  assert.ok(after < before, `Tigrinya narrows ${before} results to ${after}`);
}

/** The course search counts its courses; the childcare filter changes the count. */
export async function courseSearchFilters(search: Locator): Promise<void> {
  const count = search.locator('[part~="count"]');
  const before = countIn(await count.textContent());
  assert.ok(before > 0, `the course search counts courses: ${await count.textContent()}`);
  await search.getByLabel('Mit Kinderbetreuung').check();
  await search
    .page()
    .waitForFunction(
      ([el, old]) => Number(((el as Element).shadowRoot?.querySelector('[part~="count"]')?.textContent ?? '').match(/\d+/)?.[0]) !== old,
      [await search.elementHandle(), before] as const,
    );
  assert.ok(countIn(await count.textContent()) < before, 'childcare narrows the courses');
}

/** "Weiter zur Prüfung" on the empty form lists what is missing, in the error summary. */
export async function requestFormValidates(form: Locator): Promise<void> {
  await form.getByRole('button', { name: 'Weiter zur Prüfung' }).click();
  // The summary's entries live in its own shadow root; the locator reaches them.
  await form.locator('wir-error-summary').getByText('Geben Sie Ihren Namen ein.').waitFor();
}

/** A date `days` ahead, as the date field wants it. */
const inDays = (days: number) => new Date(Date.now() + days * 864e5).toISOString().slice(0, 10);

/** Fills the request form as a school secretary would and sends it; resolves on the success screen. */
export async function sendRequest(form: Locator, name = 'Erika Mustermann'): Promise<void> {
  await form.getByLabel('Schule', { exact: true }).check();
  await form.getByLabel('Ihr Name').fill(name);
  await form.getByLabel('E-Mail-Adresse').fill('sekretariat@schule.example');
  const language = form.getByRole('combobox', { name: 'Sprache', exact: true });
  await language.fill('Tigrinya');
  await language.press('Enter');
  await form.getByLabel('Am Telefon').check();
  await form.getByLabel('Bereich').selectOption({ label: 'Schule oder Kita' });
  await form.getByLabel('Datum').fill(inDays(30));
  await form.getByLabel('Beginn').fill('09:30');
  await form.getByLabel('Dauer').selectOption({ label: '1 Stunde' });
  await form.getByLabel('Ich bin einverstanden').check();
  await form.getByRole('button', { name: 'Weiter zur Prüfung' }).click();
  await form.getByRole('button', { name: 'Anfrage senden' }).click();
  await form.getByRole('heading', { name: 'Ihre Anfrage ist angekommen' }).waitFor({ timeout: 15000 });
}
