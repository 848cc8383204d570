/**
 * A second accessibility engine beside axe: IBM Equal Access (`accessibility-checker-engine`, policy WCAG_2_2) on
 * every element of the registry in each language, the structure menus closed and each one open, and the month
 * view with a day chosen. Zero violations. The engine looks into open shadow roots (its element paths go through
 * `#document-fragment`).
 *
 * Only violations fail a test (`VIOLATION`/`FAIL`); what the engine reports as needing review (`POTENTIAL`,
 * `MANUAL`) is left to the manual checks. A failing test lists each violation: rule id, message, element path.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../index.js'; // defines every element
import { ELEMENTS } from '../../elements.js';
import { LANGS, type Lang } from '../../content/langs.js';
import { settled, loadBuiltInContents } from './support.js';

/** One result of the engine's report. */
interface AceResult {
  ruleId: string;
  reasonId: string;
  value: [string, string];
  message: string;
  path: { dom: string; aria: string };
  snippet: string;
}
interface AceChecker {
  check(node: Node, policies: string[]): Promise<{ results: AceResult[] }>;
}
type AceWindow = Window & { ace?: { Checker: new () => AceChecker } };

const ENGINE = '/node_modules/accessibility-checker-engine/ace.js';
const POLICY = 'WCAG_2_2';
const TODAY = '2026-07-24';

/** The engine: a classic script that defines the global `ace` (imported as a module it defines nothing). */
async function checker(): Promise<AceChecker> {
  const win = window as AceWindow;
  if (!win.ace) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = ENGINE;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`${ENGINE} did not load`));
      document.head.append(script);
    });
  }
  return new win.ace!.Checker();
}

/**
 * The violations the engine finds in `node` and what is inside it, one line each: rule, message, where.
 *
 * The engine's contrast rule prints "unable to get color combo for element: …" (console.log) for each element whose
 * colours it cannot work out, and checks nothing for that element. Those lines are kept out of the test output
 * (they are not failures); the contrast of every text is checked by axe (`to.be.accessible()`, rule
 * color-contrast) and by the design tests.
 */
async function violations(node: Node): Promise<string[]> {
  const engine = await checker();
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('unable to get color combo for element')) log(...args);
  };
  let report: { results: AceResult[] };
  try {
    report = await engine.check(node, [POLICY]);
  } finally {
    console.log = log;
  }
  return report.results
    .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
    .map((r) => `${r.ruleId} (${r.reasonId}): ${r.message} at ${r.path.dom} ${r.snippet}`);
}

/** The element and every element inside its shadow roots, in tree order. */
function elementsIn(el: Element): Element[] {
  const found: Element[] = [el];
  const walk = (root: ParentNode) => {
    for (const child of root.querySelectorAll('*')) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return found;
}

/** Waits for the transitions a change started, so that the engine reads the colours a person sees. */
async function transitionsEnded(el: Element) {
  const roots = elementsIn(el).flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []));
  await Promise.all(roots.flatMap((r) => r.getAnimations().map((a) => a.finished.catch(() => undefined))));
}

async function place(tag: string, lang: Lang, dated: boolean): Promise<HTMLElement> {
  const el = document.createElement(tag);
  el.setAttribute('lang', lang);
  if (dated) el.setAttribute('today', TODAY);
  fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
  await settled(el);
  await transitionsEnded(el);
  return el;
}

type Nav = HTMLElement & { open: string | null; updateComplete: Promise<unknown> };

describe(`IBM Equal Access (${POLICY})`, () => {
  before(loadBuiltInContents);

  it('finds a violation where there is one, inside a shadow root too (an image without a text alternative)', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const img = document.createElement('img');
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    shadow.append(img);
    const found = await violations(host);
    expect(found.length, found.join('\n')).to.be.greaterThan(0);
    expect(
      found.some((v) => /#document-fragment\[1\]\/img\[1\]/.test(v)),
      found.join('\n'),
    ).to.equal(true);
    img.alt = 'A dot';
    expect(await violations(host)).to.deep.equal([]);
  });

  for (const { tag, dated } of ELEMENTS) {
    for (const lang of LANGS) {
      it(`<${tag} lang="${lang}">: no violation`, async () => {
        const el = await place(tag, lang, dated);
        expect(await violations(el)).to.deep.equal([]);
      });
    }
  }

  for (const lang of LANGS) {
    it(`<mes-structure-nav lang="${lang}">: no violation with each menu open`, async () => {
      const nav = (await place('mes-structure-nav', lang, false)) as Nav;
      const menus = [...nav.shadowRoot!.querySelectorAll('button[data-menu]')].map((b) => b.getAttribute('data-menu')!);
      expect(menus.length, 'the menus').to.be.greaterThan(1);
      for (const menu of menus) {
        nav.open = menu;
        await nav.updateComplete;
        await transitionsEnded(nav);
        const button = nav.shadowRoot!.querySelector(`button[data-menu="${menu}"]`)!;
        expect(button.getAttribute('aria-expanded'), menu).to.equal('true');
        const panel = nav.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
        expect(panel.hidden, `${menu} panel`).to.equal(false);
        expect(await violations(nav), `${menu} open`).to.deep.equal([]);
      }
    });
  }

  for (const lang of LANGS) {
    it(`<mes-holiday-calendar lang="${lang}">: no violation with a holiday chosen and another month shown`, async () => {
      const el = (await place('mes-holiday-calendar', lang, true)) as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      const root = el.shadowRoot!;
      const holiday = root.querySelector<HTMLElement>('td[data-date="2026-07-25"]')!;
      holiday.click();
      await el.updateComplete;
      expect(holiday.getAttribute('aria-selected')).to.equal('true');
      expect(await violations(el), 'a holiday chosen').to.deep.equal([]);
      root.querySelector<HTMLButtonElement>('button.next-month')!.click();
      await el.updateComplete;
      await transitionsEnded(el);
      expect(await violations(el), 'the next month').to.deep.equal([]);
    });
  }
});
