/**
 * Screenshots that guard the design (`npm run test:visual`; `npm run test:visual:update` writes new baselines).
 *
 * Every element of the registry, in en/ru/be, at 320 px and 1280 px, in light, dark and forced colours, and printed;
 * the open menu and the focused calendar. Each screenshot is of a frame around the element with a line of the
 * portal's text after it, so that the space below the element is guarded too. The date is fixed (`today`), and the
 * font is Noto Sans from `@fontsource/noto-sans` (Latin and Cyrillic), loaded by the page, so that a screenshot does
 * not depend on the fonts of the machine. Baselines: test/visual/screenshots/<Engine>/baseline/.
 */
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../index.js';
import { loadContent } from '../../content/index.js';
import { ELEMENTS, LANGS, type ElementInfo } from '../../elements.js';
import { emulateMedia, pressKeys, resetMedia } from '../commands.js';
import { settled } from '../contract/support.js';
import { frame as nextFrame } from '../helpers.js';

/** Settled, then two frames painted: the screenshot is of what the page shows, not of a paint under way. */
async function painted(el: Element) {
  await settled(el);
  await nextFrame();
  await nextFrame();
}

// In July, so that the month shown holds a holiday (Fire Service Day, 25 July) as well as today.
export const TODAY = '2026-07-20';
const WIDTHS = [320, 1280] as const;
const MODES = ['light', 'dark', 'forced'] as const;
type Mode = (typeof MODES)[number] | 'print';

const FONT = '/node_modules/@fontsource/noto-sans/files/noto-sans';
const pageStyle = document.createElement('style');
pageStyle.textContent = `
  ${[400, 700]
    .flatMap((weight) =>
      ['latin', 'cyrillic'].map(
        (subset) => `@font-face { font-family: "Screenshot Sans"; font-weight: ${weight}; font-style: normal;
          src: url("${FONT}-${subset}-${weight}-normal.woff2") format("woff2"); }`,
      ),
    )
    .join('\n')}
  html { color-scheme: light dark; }
  body { margin: 0; font: 16px/1.5 "Screenshot Sans", sans-serif; background: Canvas; color: CanvasText; }
  .frame { padding: 16px; }
  .after { margin: 0; padding: 4px 0; border-top: 1px dashed GrayText; }
  * { caret-color: transparent; }
  *, *::before, *::after, ::part(*) { transition: none !important; animation: none !important; }
`;
document.head.append(pageStyle);

async function fontsReady() {
  await Promise.all(
    [400, 700].map((weight) => document.fonts.load(`${weight} 16px "Screenshot Sans"`, 'Aa Бб Ўў Її 2026')),
  );
  await document.fonts.ready;
}

async function show(info: ElementInfo, lang: string) {
  await loadContent(lang as 'be' | 'ru' | 'en');
  const frame = await fixture<HTMLElement>(html`<div class="frame" lang=${lang}></div>`);
  const el = document.createElement(info.tag);
  if (info.dated) el.setAttribute('today', TODAY);
  const after = document.createElement('p');
  after.className = 'after';
  after.textContent = 'The portal’s own text follows.';
  frame.append(el, after);
  await settled(el);
  await fontsReady();
  await painted(el);
  return { frame, el };
}

async function mode(context: Mocha.Context, m: Mode) {
  // No transition is caught halfway: the elements honour reduced motion.
  await emulateMedia(context, { reducedMotion: 'reduce' });
  if (m === 'dark') await emulateMedia(context, { colorScheme: 'dark' });
  if (m === 'forced') await emulateMedia(context, { forcedColors: 'active' });
  if (m === 'print') await emulateMedia(context, { media: 'print' });
}

afterEach(async () => {
  await resetMedia();
});

for (const info of ELEMENTS) {
  describe(info.tag, () => {
    for (const lang of LANGS) {
      for (const width of WIDTHS) {
        for (const m of MODES) {
          it(`${lang}, ${width} px, ${m}`, async function () {
            await setViewport({ width, height: 900 });
            await mode(this, m);
            const { frame } = await show(info, lang);
            await visualDiff(frame, `${info.tag}/${lang}-${width}-${m}`);
          });
        }
      }
    }
    it('en, printed', async function () {
      await setViewport({ width: 800, height: 900 });
      await mode(this, 'print');
      const { frame } = await show(info, 'en');
      await visualDiff(frame, `${info.tag}/en-print`);
    });
  });
}

describe('states', () => {
  for (const width of WIDTHS) {
    it(`the structure's first menu open, ${width} px`, async function () {
      await setViewport({ width, height: 900 });
      await mode(this, 'light');
      const { frame, el } = await show(
        ELEMENTS.find((e) => e.tag === 'mes-structure-nav')!,
        'en',
      );
      const button = el.shadowRoot!.querySelector<HTMLElement>('button, summary')!;
      button.click();
      await painted(el);
      await visualDiff(frame, `states/nav-open-${width}`);
    });
  }
  for (const m of MODES) {
    it(`the calendar with a focused day, ${m}`, async function () {
      await setViewport({ width: 1280, height: 900 });
      await mode(this, m);
      const { frame, el } = await show(
        ELEMENTS.find((e) => e.tag === 'mes-holiday-calendar')!,
        'en',
      );
      const day = el.shadowRoot!.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')!;
      day.focus();
      // A key press, so that the focus is shown as keyboard focus (:focus-visible), on the next day.
      await pressKeys('ArrowRight');
      await painted(el);
      await visualDiff(frame, `states/calendar-focus-${m}`);
    });
  }
});
