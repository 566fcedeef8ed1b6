/** DraftController on a minimal host with two fields, in the test page's real sessionStorage. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DraftController, type DraftMeta, reviveDraft } from '../../../../src/components/shared/controllers/draft-controller.js';

interface NoteDraft extends DraftMeta {
  name: string;
  topics: string[];
}

class DraftHost extends LitElement {
  @property({ type: Boolean, attribute: 'keep-draft' }) keepDraft = true;
  readonly draft = new DraftController<NoteDraft>(this, {
    storageKey: 'test-note',
    fields: () => ({ name: '', topics: [] }),
    enabled: () => this.keepDraft,
  });
  override render() {
    return html`<p>${this.draft.value.name}</p>`;
  }
}
customElements.define('test-draft-host', DraftHost);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const stored = (key: string) => JSON.parse(sessionStorage.getItem(key) ?? 'null') as NoteDraft | null;

async function host(id = 'form', keep = true): Promise<DraftHost> {
  return fixture<DraftHost>(html`<test-draft-host id=${id} .keepDraft=${keep}></test-draft-host>`);
}

beforeEach(() => sessionStorage.clear());

describe('DraftController', () => {
  it('starts a draft with one request id (UUID v4) and the time the person began', async () => {
    const before = Date.now();
    const el = await host();
    expect(el.draft.value.id).to.match(UUID);
    expect(el.draft.value.startedAt).to.be.within(before, Date.now());
    expect(el.draft.value.createdAt).to.equal('');
  });

  it('saves every change under the element id, and a reload restores it with the same request id', async () => {
    const first = await host('anfrage-1');
    first.draft.set({ name: 'Ayşe Demir', topics: ['wohnen'] });
    const id = first.draft.value.id;
    expect(stored('test-note:anfrage-1')).to.deep.include({ id, name: 'Ayşe Demir', topics: ['wohnen'] });
    first.remove();
    const again = await host('anfrage-1');
    expect(again.draft.value).to.deep.include({ id, name: 'Ayşe Demir', topics: ['wohnen'] });
    expect(again.shadowRoot!.textContent).to.contain('Ayşe Demir');
  });

  it('keeps two forms on one page apart', async () => {
    const a = await host('a');
    const b = await host('b');
    a.draft.set({ name: 'A' });
    b.draft.set({ name: 'B' });
    expect(stored('test-note:a')!.name).to.equal('A');
    expect(stored('test-note:b')!.name).to.equal('B');
    expect(a.draft.value.id).not.to.equal(b.draft.value.id);
  });

  it('notes the first send once, and keeps it for resends', async () => {
    const el = await host();
    el.draft.markSent(new Date('2026-11-28T10:00:00Z'));
    el.draft.markSent(new Date('2026-11-29T10:00:00Z'));
    expect(el.draft.value.createdAt).to.equal('2026-11-28T10:00:00.000Z');
  });

  it('forgets the stored copy after a success but keeps what is on screen; a new draft gets a new id', async () => {
    const el = await host();
    el.draft.set({ name: 'Erika' });
    const id = el.draft.value.id;
    el.draft.clear();
    expect(sessionStorage.getItem('test-note:form')).to.equal(null);
    expect(el.draft.value.name, 'the success view still shows it').to.equal('Erika');
    el.draft.reset();
    expect(el.draft.value.id).to.match(UUID).and.not.equal(id);
    expect(el.draft.value.name).to.equal('');
  });

  it('stores nothing with keep-draft off, drops an old copy, and drops it when turned off later', async () => {
    sessionStorage.setItem('test-note:off', JSON.stringify({ id: crypto.randomUUID(), name: 'alt', topics: [] }));
    const off = await host('off', false);
    expect(off.draft.value.name, 'not restored').to.equal('');
    expect(sessionStorage.getItem('test-note:off'), 'old copy gone').to.equal(null);
    off.draft.set({ name: 'neu' });
    expect(sessionStorage.getItem('test-note:off')).to.equal(null);
    const on = await host('on');
    on.draft.set({ name: 'x' });
    on.keepDraft = false;
    await on.updateComplete;
    expect(sessionStorage.getItem('test-note:on')).to.equal(null);
  });

  it('honours keep-draft and id set as properties right after insertion (as frameworks set them)', async () => {
    sessionStorage.setItem('test-note:late', JSON.stringify({ id: crypto.randomUUID(), name: 'alt', topics: [] }));
    const off = document.createElement('test-draft-host') as DraftHost;
    document.body.append(off);
    off.id = 'late';
    off.keepDraft = false;
    await off.updateComplete;
    expect(off.draft.value.name, 'not restored').to.equal('');
    expect(sessionStorage.getItem('test-note:late'), 'old copy gone').to.equal(null);
    off.remove();
    sessionStorage.setItem('test-note:late', JSON.stringify({ id: crypto.randomUUID(), name: 'alt', topics: [] }));
    const on = document.createElement('test-draft-host') as DraftHost;
    document.body.append(on);
    on.id = 'late';
    await on.updateComplete;
    expect(on.draft.value.name, 'restored under the id set after insertion').to.equal('alt');
    on.remove();
  });

  it('starts fresh from a corrupt or foreign entry, and takes only well-typed fields from an old one', async () => {
    sessionStorage.setItem('test-note:bad', '{not json');
    expect((await host('bad')).draft.value.name).to.equal('');
    const empty = { id: crypto.randomUUID(), startedAt: 1, createdAt: '', name: '', topics: [] as string[] };
    expect(reviveDraft({ id: 'no-uuid', name: 'x' }, empty)).to.equal(undefined);
    const id = crypto.randomUUID();
    expect(reviveDraft({ id, startedAt: 5, name: 42, topics: ['a', 3, 'b'], extra: 'x' }, empty)).to.deep.equal({
      id,
      startedAt: 5,
      createdAt: '',
      name: '',
      topics: ['a', 'b'],
    });
  });
});
