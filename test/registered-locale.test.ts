// Languages from the host (registerLocale), the five more built in, plural forms and
// right-to-left (issue 15).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { registerLocale, setLocale, type WrapupDialog, type WrapupMessages, type WrapupTimer } from '../src/index.js';
import { catalog } from '../src/generated/messages.js';
import { localeLoaders, getLocale } from '../src/i18n/localization.js';
import { matchCount } from '../src/dialog/messages.js';
import { DialogHarness } from './support/dialog-harness.js';

/** messages.json as a host reads it (the test server serves the package's root). */
async function messagesJson(): Promise<Record<string, { text: string | Record<string, string>; placeholders: string[] }>> {
  return (await fetch('/messages.json')).json();
}

/** Every message of messages.json with its text passed through `change`. */
async function locale(change: (text: string) => string): Promise<WrapupMessages> {
  const messages = await messagesJson();
  const texts = Object.entries(messages).map(([id, { text }]) => [
    id,
    typeof text === 'string' ? change(text) : Object.fromEntries(Object.entries(text).map(([form, value]) => [form, change(value)])),
  ]);
  return Object.fromEntries(texts) as WrapupMessages;
}

const reasons = [
  { id: 'billing', name: 'Billing question', group: 'Money' },
  { id: 'other', name: 'Other' },
];

/** The text a person or a screen reader gets from `root`: text nodes and ARIA labels, through shadow roots. */
function shownText(root: Node): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) found.push(node.textContent!.trim());
    if (node instanceof Element) {
      for (const name of ['aria-label', 'placeholder', 'title']) if (node.getAttribute(name)) found.push(node.getAttribute(name)!);
      if (node.shadowRoot) walk(node.shadowRoot);
      if (node.localName === 'style') return;
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

describe('registerLocale', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    localStorage.clear();
    warn = sinon.stub(console, 'warn');
  });
  afterEach(async () => {
    warn.restore();
    fixtureCleanup();
    document.documentElement.lang = 'en';
    await setLocale(null);
  });

  it('messages.json is a complete English locale in the shape registerLocale takes', async () => {
    const english = await locale((text) => text);
    expect(Object.keys(english).sort()).to.deep.equal(Object.keys(catalog).sort());
    registerLocale('en-x-copy', english);
    await setLocale('en-x-copy');
    expect(getLocale()).to.equal('en-x-copy');
    expect(matchCount(2)).to.equal('2 reasons match');
    expect(warn.callCount, String(warn.args)).to.equal(0);
  });

  it('renders every string of both elements in a registered language: no English left', async () => {
    registerLocale('xx', await locale((text) => `⟦${text}⟧`));
    document.documentElement.lang = 'xx';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await setLocale(null);
    const page = await fixture<HTMLElement>(html`<div>
      <wrapup-timer since=${new Date(Date.now() - 65_000).toISOString()}></wrapup-timer>
      <wrapup-dialog
        interaction-id=${`xx-${Date.now()}`}
        subject="Ana Novak"
        channel="chat"
        auto-wrapup="120"
        default-reason="other"
        extendable
        extend-seconds="30"
        notes="required"
        recent="3"
        .reasons=${reasons}
        .suggestions=${[{ id: 'billing' }]}
        open
      ></wrapup-dialog>
      <wrapup-dialog interaction-id=${`xx-b-${Date.now()}`} subject="Eva Horvat" auto-wrapup="300" default-reason="other" .reasons=${reasons} open></wrapup-dialog>
    </div>`);
    const dialogs = [...page.querySelectorAll('wrapup-dialog')];
    await Promise.all(dialogs.map((dialog) => dialog.updateComplete));
    await page.querySelector<WrapupTimer>('wrapup-timer')!.updateComplete;
    // What the host gave (names, subjects), digits and punctuation are not messages.
    const hostText = /^(Billing question|Other|Money|Ana Novak|Eva Horvat|[\d:·✓\s]+)$/;
    const english = shownText(page).filter((text) => !text.includes('⟦') && !hostText.test(text));
    expect(english).to.deep.equal([]);
    expect(shownText(page).join(' ')).to.contain('⟦Suggested⟧').and.contain('⟦Notes⟧').and.contain('more wrap-up waiting⟧');
  });

  it('lets a host replace one built-in string and keeps the rest of the built-in language', async () => {
    registerLocale('sl', { submit: 'Zaključi' });
    await setLocale('sl');
    const element = await fixture<WrapupDialog>(html`<wrapup-dialog interaction-id=${`sl-${Date.now()}`} .reasons=${reasons} open></wrapup-dialog>`);
    const ui = new DialogHarness(element);
    expect(ui.submitButton.textContent!.trim()).to.equal('Zaključi');
    expect(ui.title).to.equal('Razlogi za zaključek');
    expect(warn.callCount, 'an override lacks ids on purpose').to.equal(0);
    registerLocale('sl', {});
  });

  it('falls back to English for a missing id, with one warning naming it', async () => {
    const messages = await locale((text) => `⟦${text}⟧`);
    delete (messages as Partial<WrapupMessages>).submit;
    registerLocale('yy', messages);
    await setLocale('yy');
    const element = await fixture<WrapupDialog>(html`<wrapup-dialog interaction-id=${`yy-${Date.now()}`} .reasons=${reasons} open></wrapup-dialog>`);
    const ui = new DialogHarness(element);
    expect(ui.submitButton.textContent!.trim()).to.equal('Submit wrap-up');
    expect(ui.title).to.equal('⟦Wrap-up reasons⟧');
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('"submit"');
  });

  it('reports malformed entries once and never renders raw braces or throws', async () => {
    const messages = await locale((text) => text);
    registerLocale('zz', {
      ...messages,
      matches: { one: '{cuont} match', other: '{count} matches' },
      title: 42 as unknown as string,
      'no.such.id': 'x',
      'extend.by': 'Plus {duration}',
    } as WrapupMessages);
    await setLocale('zz');
    expect(matchCount(3), 'the malformed plural falls back to English').to.equal('3 reasons match');
    expect(warn.callCount).to.equal(1);
    const said = String(warn.firstCall.args[0]);
    expect(said).to.contain('{cuont}').and.contain('"title" is not a string').and.contain('"no.such.id" is not a message id');
    const element = await fixture<WrapupDialog>(html`<wrapup-dialog interaction-id=${`zz-${Date.now()}`} auto-wrapup="60" default-reason="other" extendable extend-seconds="30" .reasons=${reasons} open></wrapup-dialog>`);
    const ui = new DialogHarness(element);
    expect(ui.title).to.equal('Wrap-up reasons');
    expect(ui.extendButton!.textContent!.trim()).to.equal('Plus 30 seconds');
    expect(element.shadowRoot!.textContent).not.to.match(/\{\w+\}/);
  });

  it('loads a language given as a function the first time it is used, once', async () => {
    const messages = await locale((text) => `⟦${text}⟧`);
    const loader = sinon.spy(async () => messages);
    registerLocale('ww', loader);
    expect(loader.callCount).to.equal(0);
    await setLocale('ww');
    await setLocale('en');
    await setLocale('ww');
    expect(loader.callCount).to.equal(1);
    expect(matchCount(1)).to.equal('⟦1 reason matches⟧');
  });

  it('follows <html lang> into a registered language, regional tags included', async () => {
    registerLocale('pt', await locale((text) => `pt:${text}`));
    document.documentElement.lang = 'pt-BR';
    for (let i = 0; i < 50 && getLocale() !== 'pt'; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(getLocale()).to.equal('pt');
  });

  it('renders a right-to-left language right to left, with the submit button at the inline end; <html dir> wins', async () => {
    registerLocale('ar-EG', await locale((text) => `ع ${text}`));
    await setLocale('ar-EG');
    const element = await fixture<WrapupDialog>(html`<wrapup-dialog interaction-id=${`ar-${Date.now()}`} .reasons=${reasons} open></wrapup-dialog>`);
    const ui = new DialogHarness(element);
    expect(getComputedStyle(ui.dialog).direction).to.equal('rtl');
    const dialogBox = ui.dialog.getBoundingClientRect();
    const submit = ui.submitButton.getBoundingClientRect();
    expect(submit.left - dialogBox.left, 'the button sits at the left, the inline end').to.be.below(dialogBox.right - submit.right);
    expect(ui.elapsed, 'Egyptian Arabic digits, from Intl').to.match(/^[٠-٩]+:[٠-٩]{2}$/);
    document.documentElement.dir = 'ltr';
    element.requestUpdate();
    await element.updateComplete;
    expect(getComputedStyle(ui.dialog).direction).to.equal('ltr');
    document.documentElement.removeAttribute('dir');
  });
});

describe('built-in languages', () => {
  afterEach(() => setLocale(null));

  it('each of de, es, fr, hr, it and sl has every message id', async () => {
    const ids = Object.entries(catalog).flatMap(([id, { plural }]) =>
      plural ? ['zero', 'one', 'two', 'few', 'many', 'other'].map((form) => `${id}.${form}`) : [id],
    );
    for (const locale of ['de', 'es', 'fr', 'hr', 'it', 'sl']) {
      const { templates } = await localeLoaders[locale]!();
      // lit-localize keeps one id per category the source has; "zero" is none of ours.
      const missing = ids.filter((id) => !id.endsWith('.zero') && !(id in templates));
      expect(missing, locale).to.deep.equal([]);
    }
  });

  it('says "Nachbearbeitungsgründe", "Motifs de clôture", "Motivos de cierre", "Motivi di chiusura", "Razlozi završne obrade"', async () => {
    const titles: string[] = [];
    for (const locale of ['de', 'fr', 'es', 'it', 'hr']) {
      await setLocale(locale);
      const element = await fixture<WrapupDialog>(html`<wrapup-dialog interaction-id=${`${locale}-${Date.now()}`} .reasons=${reasons} open></wrapup-dialog>`);
      titles.push(new DialogHarness(element).title);
      fixtureCleanup();
    }
    expect(titles).to.deep.equal(['Nachbearbeitungsgründe', 'Motifs de clôture', 'Motivos de cierre', 'Motivi di chiusura', 'Razlozi završne obrade']);
  });

  const counts = [1, 2, 3, 5, 21, 102];
  it('has the plural forms of Slovenian for 1, 2, 3, 5, 21, 102', async () => {
    await setLocale('sl');
    expect(counts.map(matchCount)).to.deep.equal([
      '1 razlog ustreza',
      '2 razloga ustrezata',
      '3 razlogi ustrezajo',
      '5 razlogov ustreza',
      '21 razlogov ustreza', // Slovenian's "one" is 1, 101, 201…: 21 is "other"
      '102 razloga ustrezata',
    ]);
  });

  it('has the plural forms of Croatian for 1, 2, 3, 5, 21, 102', async () => {
    await setLocale('hr');
    expect(counts.map(matchCount)).to.deep.equal([
      '1 razlog odgovara',
      '2 razloga odgovaraju',
      '3 razloga odgovaraju',
      '5 razloga odgovara',
      '21 razlog odgovara',
      '102 razloga odgovaraju',
    ]);
  });
});
