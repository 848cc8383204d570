// What every element promises (see support.ts): content from outside, through the content property and src.
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { ELEMENTS } from '../../elements.js';
import { captureWarnings, jsonUrl, nextContentError } from '../helpers.js';
import { headingText, loadBuiltInContents, rendered, settled, subject } from './support.js';

describe('what every element promises', () => {
  before(loadBuiltInContents);

  for (const info of ELEMENTS) {
    const { tag, contract, title, create, place, reference } = subject(info);

    describe(`<${tag}>`, () => {
      afterEach(() => {
        document.documentElement.lang = 'en';
      });

      describe('content from outside', () => {
        it('takes a title alone through the content property, and keeps the rest built in', async () => {
          const el = await place();
          el.content = { title: 'Partner title' };
          await settled(el);
          expect(headingText(el)).to.equal('Partner title');
          expect(rendered(el, { title: 'Partner title' })).to.equal(await reference('en', { maskTitle: true }));
        });

        it('shows the part a partial content property gives, under the built-in title', async () => {
          const el = await place();
          el.content = contract.partial.content;
          await settled(el);
          expect(contract.partial.shown(el)).to.deep.equal(contract.partial.texts);
          expect(headingText(el)).to.equal(title('en'));
        });

        it('takes content per language, follows the language, and never mixes languages', async () => {
          const el = await place({ lang: 'ru' });
          el.content = { en: { title: 'Our own' }, ru: { title: 'Наше' } };
          await settled(el);
          expect(headingText(el)).to.equal('Наше');
          expect(rendered(el, { title: 'Наше' })).to.equal(await reference('ru', { maskTitle: true }));
          // No Belarusian given: English is the fallback among the languages given; the rest is built-in Belarusian.
          el.lang = 'be';
          await settled(el);
          expect(headingText(el)).to.equal('Our own');
          expect(rendered(el, { title: 'Our own' })).to.equal(await reference('be', { maskTitle: true }));
          // Given only in Russian: an English element keeps its built-in English.
          el.content = { ru: { title: 'Наше' } };
          el.lang = 'en';
          await settled(el);
          expect(rendered(el)).to.equal(await reference('en'));
        });

        it('changes only the element it is given to', async () => {
          const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
          const [first, second] = [create(), create()];
          host.append(first, second);
          first.content = { title: 'Changed' };
          await Promise.all([settled(first), settled(second)]);
          expect(headingText(first)).to.equal('Changed');
          expect(rendered(second)).to.equal(await reference('en'));
        });

        it('refuses a wrongly shaped content property, keeps the built-in content, and reports it once', async () => {
          const el = await place();
          const warnings = captureWarnings();
          const details: { source: string; problems: string[] }[] = [];
          el.addEventListener('mes-content-error', (e) => details.push((e as CustomEvent).detail));
          try {
            el.content = contract.invalid.content;
            await settled(el);
            expect(rendered(el)).to.equal(await reference('en'));
            expect(details).to.have.length(1);
            expect(details[0]!.source).to.equal('content');
            expect(warnings.messages).to.have.length(1);
            expect(warnings.messages[0]).to.contain(`<${tag}>`);
            for (const problem of contract.invalid.problems) {
              expect(details[0]!.problems.join('\n')).to.contain(problem);
              expect(warnings.messages[0]).to.contain(problem);
            }
            // Shown again in another language, the same value is not reported again.
            el.lang = 'ru';
            await settled(el);
            expect(rendered(el)).to.equal(await reference('ru'));
            expect(details).to.have.length(1);
            expect(warnings.messages).to.have.length(1);
          } finally {
            warnings.restore();
          }
        });

        it('loads content from src, and says so', async () => {
          const src = jsonUrl({ title: 'From JSON', ...contract.partial.content });
          const el = create({ src });
          const loaded = oneEvent(el, 'mes-content-load') as Promise<CustomEvent<{ src: string }>>;
          fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
          expect((await loaded).detail).to.deep.equal({ src });
          await settled(el);
          expect(headingText(el)).to.equal('From JSON');
          expect(contract.partial.shown(el)).to.deep.equal(contract.partial.texts);
        });

        it('loads content per language from src, and follows the language', async () => {
          const src = jsonUrl({ en: { title: 'From JSON' }, 'ru-BY': { title: 'Из JSON' } });
          const el = create({ src, lang: 'ru' });
          const loaded = oneEvent(el, 'mes-content-load');
          fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
          await loaded;
          await settled(el);
          expect(headingText(el)).to.equal('Из JSON');
          expect(rendered(el, { title: 'Из JSON' })).to.equal(await reference('ru', { maskTitle: true }));
          el.lang = 'en';
          await settled(el);
          expect(headingText(el)).to.equal('From JSON');
          expect(rendered(el, { title: 'From JSON' })).to.equal(await reference('en', { maskTitle: true }));
        });

        const broken: [string, () => string, string][] = [
          ['a 404', () => new URL(`/no-such-${tag}.json`, location.href).href, '404'],
          ['malformed JSON', () => jsonUrl('{ "title": '), 'not valid JSON'],
          ['a JSON list', () => jsonUrl([1, 2, 3]), 'expected an object'],
          ['JSON text', () => jsonUrl('"just text"'), 'expected an object'],
          ['JSON with values of the wrong type', () => jsonUrl(contract.wrongTypes.json), contract.wrongTypes.problem],
        ];
        for (const [name, makeSrc, message] of broken) {
          it(`keeps the built-in content and reports ${name} from src once`, async () => {
            const warnings = captureWarnings();
            try {
              const src = makeSrc();
              const el = create({ src });
              let errors = 0;
              let loads = 0;
              el.addEventListener('mes-content-error', () => errors++);
              el.addEventListener('mes-content-load', () => loads++);
              const reported = nextContentError(el);
              fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
              const detail = await reported;
              expect(detail.source).to.equal('src');
              expect(detail.src).to.equal(src);
              expect(detail.problems.join(' ')).to.contain(message);
              await settled(el);
              expect(rendered(el)).to.equal(await reference('en'));
              expect(warnings.messages).to.have.length(1);
              expect(warnings.messages[0]).to.contain(`<${tag}>: content from src="${src}"`);
              // Shown again in another language, the file is neither loaded nor reported again.
              el.lang = 'ru';
              await settled(el);
              expect(rendered(el)).to.equal(await reference('ru'));
              expect([errors, loads, warnings.messages.length], 'errors, loads, warnings').to.deep.equal([1, 0, 1]);
            } finally {
              warnings.restore();
            }
          });
        }

        it('shows the first file again when src goes A → B → A while B is still loading, and cancels B', async () => {
          const a = jsonUrl({ title: 'File A' });
          const el = create({ src: a });
          const loadedA = oneEvent(el, 'mes-content-load');
          fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
          await loadedA;
          await settled(el);
          expect(headingText(el)).to.equal('File A');
          const originalFetch = window.fetch;
          let aborted = false;
          let requestB!: () => void;
          const requestedB = new Promise<void>((resolve) => (requestB = resolve));
          window.fetch = (input, init) => {
            if (String(input).includes('slow-b')) {
              requestB();
              return new Promise((_, reject) =>
                init?.signal?.addEventListener('abort', () => {
                  aborted = true;
                  reject(new DOMException('aborted', 'AbortError'));
                }),
              );
            }
            return originalFetch(input, init);
          };
          try {
            el.src = `/slow-b-${tag}.json`;
            await requestedB;
            await settled(el);
            expect(rendered(el), 'B is not there yet: the built-in content').to.equal(await reference('en'));
            const loadedAgain = oneEvent(el, 'mes-content-load') as Promise<CustomEvent<{ src: string }>>;
            el.src = a;
            expect((await loadedAgain).detail.src).to.equal(a);
            await settled(el);
            expect(headingText(el)).to.equal('File A');
            expect(aborted, 'the request for B was cancelled').to.equal(true);
          } finally {
            window.fetch = originalFetch;
          }
        });

        it('never shows a file that arrives after src has changed', async () => {
          // Both files are held until the test lets them go, the stale one first: were it used, its load would be
          // announced before the fresh one's.
          const gates = new Map<string, () => void>();
          const requested = new Map<string, { promise: Promise<void>; resolve: () => void }>();
          for (const name of ['stale', 'fresh']) {
            let resolve!: () => void;
            const promise = new Promise<void>((r) => (resolve = r));
            requested.set(name, { promise, resolve });
          }
          const originalFetch = window.fetch;
          window.fetch = (input, init) => {
            const name = ['stale', 'fresh'].find((n) => String(input).includes(`/${n}-${tag}.json`));
            if (!name) return originalFetch(input, init);
            return new Promise((resolve) => {
              gates.set(name, () => resolve(new Response(JSON.stringify({ title: `The ${name} file` }))));
              requested.get(name)!.resolve();
            });
          };
          try {
            const el = create({ src: `/stale-${tag}.json` });
            const loads: string[] = [];
            el.addEventListener('mes-content-load', (e) => loads.push((e as CustomEvent<{ src: string }>).detail.src));
            fixtureSync<HTMLDivElement>(html`<div></div>`).append(el);
            await requested.get('stale')!.promise;
            const fresh = `/fresh-${tag}.json`;
            el.src = fresh;
            await requested.get('fresh')!.promise;
            const loadedFresh = oneEvent(el, 'mes-content-load');
            gates.get('stale')!();
            gates.get('fresh')!();
            await loadedFresh;
            await settled(el);
            expect(loads).to.deep.equal([fresh]);
            expect(headingText(el)).to.equal('The fresh file');
          } finally {
            window.fetch = originalFetch;
          }
        });
      });
    });
  }
});
