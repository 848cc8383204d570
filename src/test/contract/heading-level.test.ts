// What every element promises (see support.ts): its heading level, and the levels of the headings under it.
import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../../elements.js';
import { captureWarnings } from '../helpers.js';
import { expectHeadings, loadBuiltInContents, settled, subject } from './support.js';

describe('what every element promises', () => {
  before(loadBuiltInContents);

  for (const info of ELEMENTS) {
    const { tag, inner, place } = subject(info);

    describe(`<${tag}>`, () => {
      afterEach(() => {
        document.documentElement.lang = 'en';
      });

      describe('heading-level', () => {
        it('is 2 by default, with its inner headings one level down', async () => {
          const el = await place();
          expectHeadings(el, 2, inner);
        });

        for (const level of [1, 2, 3, 4, 5, 6]) {
          it(`heading-level="${level}" gives an h${level}, its inner headings at level ${level + 1}, and no warning`, async () => {
            const warnings = captureWarnings();
            try {
              const el = await place({ 'heading-level': String(level) });
              expectHeadings(el, level, inner);
              expect(warnings.messages).to.deep.equal([]);
              // Deepest of all, the outline is still one assistive technology can read.
              if (level === 6) await expect(el).to.be.accessible();
            } finally {
              warnings.restore();
            }
          });
        }

        for (const bad of ['0', '7', 'two', '2.5', '']) {
          it(`falls back to 2 with a warning for heading-level="${bad}"`, async () => {
            const warnings = captureWarnings();
            try {
              const el = await place({ 'heading-level': bad });
              expectHeadings(el, 2, inner);
              expect(warnings.messages.join('\n')).to.contain(`<${tag}>: heading-level="${bad}"`);
            } finally {
              warnings.restore();
            }
          });
        }

        it('goes back to 2 without a warning when the attribute is removed', async () => {
          const el = await place({ 'heading-level': '4' });
          const warnings = captureWarnings();
          try {
            el.removeAttribute('heading-level');
            await settled(el);
            expectHeadings(el, 2, inner);
            expect(warnings.messages).to.deep.equal([]);
          } finally {
            warnings.restore();
          }
        });

        it('changes at run time', async () => {
          const el = await place();
          el.setAttribute('heading-level', '4');
          await settled(el);
          expectHeadings(el, 4, inner);
        });
      });
    });
  }
});
