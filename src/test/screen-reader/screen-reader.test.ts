// What a screen reader is given, read from the browser's own accessibility tree (Chromium over CDP, Firefox from its
// accessibility service, WebKit's computed roles and labels over WebDriver), against the script in expectations.ts:
// per element, per language, step by step. States an engine's driver cannot read are left out there (see
// scripts/wtr/accessibility-tree.mjs): Chromium's CDP has no aria-current; WebKit's WebDriver gives roles and names only.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/holiday-calendar/mes-holiday-calendar.js';
import '../../components/structure-nav/mes-structure-nav.js';
import '../../components/international-cooperation/mes-international-cooperation.js';
import { LANGS } from '../../content/langs.js';
import { accessibilityTree, pressKeys } from '../commands.js';
import { actualLines, entriesOf, expectedLines, LISTED_ROLES, linesFor, parseLine } from './lines.js';
import { calendarScript, navScript, pageScript, PAGE_ROLES, TODAY, type Step } from './expectations.js';

/**
 * Compares what the engine gives for `el` with a step of the script; with `roles`, only the nodes of those roles are
 * compared (the cells of a grid nested under it). The engine's tree follows the page's changes in batches (Firefox's
 * comes from its content process), so a differing reading is read again for up to 3 s before the step fails.
 */
async function expectStep(context: Mocha.Context, el: Element, step: Step, roles?: readonly string[]) {
  const read = async () => {
    const { tree, unsupported, engine } = await accessibilityTree(context, el);
    const actual = roles
      ? linesFor(
          entriesOf(tree)
            .filter((e) => roles.includes(e.role))
            .map((e) => ({ ...e, depth: e.role === 'columnheader' || e.role === 'gridcell' ? 1 : 0 })),
          unsupported,
        )
      : actualLines(tree, unsupported);
    return { actual, expected: expectedLines(step.lines, unsupported), engine };
  };
  const until = Date.now() + 3000;
  let reading = await read();
  while (JSON.stringify(reading.actual) !== JSON.stringify(reading.expected) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    reading = await read();
  }
  expect(reading.actual, `${reading.engine}: ${step.step}`).to.deep.equal(reading.expected);
}

const shadow = (el: Element) => el.shadowRoot!;

describe('What a screen reader is given', () => {
  it('reads its script back as written (the lines are a faithful notation)', () => {
    for (const lang of LANGS) {
      for (const step of [...calendarScript(lang), ...navScript(lang), ...pageScript(lang)]) {
        expect(expectedLines(step.lines, []), step.step).to.deep.equal(step.lines);
      }
    }
    expect(parseLine('  button, Close, expanded, focused, controls group “A, B”')).to.deep.equal({
      depth: 1,
      role: 'button',
      name: 'Close',
      states: { expanded: true, focused: true, controls: 'group, A, B' },
    });
    expect(LISTED_ROLES.has('gridcell')).to.equal(true);
  });

  for (const lang of LANGS) {
    describe(`<mes-holiday-calendar lang="${lang}">`, () => {
      const script = calendarScript(lang);
      it('names the grid, its days (today, holidays, the chosen day), the month buttons and the download', async function () {
        const el = await fixture(html`<mes-holiday-calendar lang=${lang} today=${TODAY}></mes-holiday-calendar>`);
        await expectStep(this, el, script[0]!);
        shadow(el).querySelector<HTMLElement>('td[tabindex="0"]')!.focus();
        await pressKeys('ArrowRight', 'ArrowRight', 'Enter');
        await expectStep(this, el, script[1]!);
        shadow(el).querySelector<HTMLButtonElement>('button.next-month')!.focus();
        await pressKeys('Enter');
        await expectStep(this, el, script[2]!);
      });
    });

    describe(`<mes-structure-nav lang="${lang}">`, () => {
      const script = navScript(lang);
      it('names each menu button, says whether it is expanded and what it controls, before and after opening', async function () {
        const el = await fixture(html`<mes-structure-nav lang=${lang}></mes-structure-nav>`);
        await expectStep(this, el, script[0]!);
        const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('button[part~="button"]')];
        buttons[0]!.focus();
        await pressKeys('Enter');
        await expectStep(this, el, script[1]!);
        buttons[buttons.length - 1]!.focus();
        await pressKeys('Enter');
        await expectStep(this, el, script[2]!);
        await pressKeys('Escape');
        await expectStep(this, el, script[3]!);
      });
    });

    describe(`<mes-international-cooperation lang="${lang}">`, () => {
      it('names every link, button and the grid of the whole page', async function () {
        const el = await fixture(
          html`<mes-international-cooperation lang=${lang} today=${TODAY}></mes-international-cooperation>`,
        );
        await expectStep(this, el, pageScript(lang)[0]!, PAGE_ROLES);
      });
    });
  }
});
