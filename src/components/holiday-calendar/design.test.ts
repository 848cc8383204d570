// <mes-holiday-calendar>: what the design promises a person sees. Focus, today, holidays and hover each look their
// own way; the week starts on Monday; the next holiday is shown once, in the list, with "Add to calendar" under it;
// no text under 14 px; the marks keep 3:1 against the page in light and dark; print dates "in N days"; targets.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import './mes-holiday-calendar.js';
import type { MesHolidayCalendar } from './mes-holiday-calendar.js';
import { contrastRatio, firstColor, frame, visibleText } from '../../test/helpers.js';
import { emulateMedia, resetMedia } from '../../test/commands.js';
import { $, $$, calendar, cell, contents, focusDay, press, root } from './test-support.js';

/** A calendar on a page of its own colours: light, a dark scheme, or a dark page that does not say so. */
async function calendarOn(page: 'light' | 'dark-scheme' | 'dark-unsaid', today: string) {
  const styles = {
    light: 'background: #ffffff; color: #0b0c0c;',
    'dark-scheme': 'color-scheme: dark; background: #121212; color: #f3f2f1;',
    'dark-unsaid': 'background: #0b0c0c; color: #ffffff;',
  };
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${styles[page]}><mes-holiday-calendar lang="en" today=${today}></mes-holiday-calendar></div>`,
  );
  const el = wrapper.querySelector<MesHolidayCalendar>('mes-holiday-calendar')!;
  await el.updateComplete;
  return { el, background: getComputedStyle(wrapper).backgroundColor };
}

describe('<mes-holiday-calendar> design', () => {
  describe('focus, today, holidays and hover look unlike each other', () => {
    it('shows the focused day in yellow with a dark bar, unlike today’s ring', async () => {
      const el = await calendar({ today: '2026-01-10' });
      await focusDay(el, '2026-01-10');
      await press(el, 'ArrowRight'); // the keyboard: :focus-visible
      const focused = cell(el, '2026-01-11');
      expect(root(el).activeElement).to.equal(focused);
      expect(focused.matches(':focus-visible')).to.equal(true);
      const today = cell(el, '2026-01-10');
      const f = getComputedStyle(focused);
      const t = getComputedStyle(today);
      expect(f.backgroundColor).to.equal('rgb(255, 221, 0)');
      expect(getComputedStyle(focused.querySelector('.day')!).color).to.equal('rgb(11, 12, 12)');
      expect(firstColor(f.boxShadow)).to.equal('rgb(11, 12, 12)');
      // Today: no fill, a ring all round; the focus: a fill, a bar at the bottom.
      expect(t.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(t.boxShadow).to.match(/0px 0px 0px 3px inset/);
      expect(f.boxShadow).to.match(/0px -4px 0px 0px inset/);
      expect(f.backgroundColor).not.to.equal(t.backgroundColor);
      expect(f.boxShadow).not.to.equal(t.boxShadow);
      await expect(el).to.be.accessible();
    });

    it('draws today’s ring inside a holiday’s fill, so that today shows on a holiday too', async () => {
      const el = await calendar({ today: '2026-01-19' });
      const today = getComputedStyle(cell(el, '2026-01-19'));
      const holiday = getComputedStyle(cell(el, '2026-01-19').querySelector('.day')!);
      const shadows = today.boxShadow.split(/,(?![^(]*\))/);
      expect(shadows).to.have.length(2);
      // The inner ring is in the holiday's text colour, not in the fill's.
      expect(firstColor(shadows[1]!)).to.equal(holiday.color);
      expect(firstColor(shadows[1]!)).not.to.equal(today.backgroundColor);
    });

    it('underlines a day under the pointer, with no fill that could pass for a holiday', async () => {
      const el = await calendar({ today: '2026-01-10' });
      const day = cell(el, '2026-01-14');
      const r = day.getBoundingClientRect();
      try {
        await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
        await frame();
        expect(day.matches(':hover')).to.equal(true);
        expect(getComputedStyle(day).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
        expect(getComputedStyle(day.querySelector('.day')!).textDecorationLine).to.equal('underline');
        expect(getComputedStyle(day).backgroundColor).not.to.equal(
          getComputedStyle(cell(el, '2026-01-19')).backgroundColor,
        );
      } finally {
        await resetMouse();
      }
    });
  });

  describe('the week starts on Monday in every language', () => {
    for (const c of contents) {
      it(`puts Monday first in ${c.lang}, and each day under its weekday`, async () => {
        const el = await calendar({ lang: c.lang, today: '2026-07-10' });
        const headers = $$(el, 'thead th');
        expect(headers[0]!.getAttribute('aria-label')).to.equal(
          { en: 'Monday', ru: 'понедельник', be: 'панядзелак' }[c.lang],
        );
        // July 2026 begins on a Wednesday: the 1st is in the third column, the 6th (a Monday) in the first.
        const first = cell(el, '2026-07-01');
        expect([...first.parentElement!.children].indexOf(first)).to.equal(2);
        const mon = cell(el, '2026-07-06');
        expect([...mon.parentElement!.children].indexOf(mon)).to.equal(0);
        // On screen too: the Monday's cell stands under the first header.
        const left = (n: Element) => Math.round(n.getBoundingClientRect().left);
        expect(left(mon)).to.equal(left(headers[0]!));
      });
    }

    it('takes Home and End to Monday and Sunday in English', async () => {
      const el = await calendar({ lang: 'en', today: '2026-07-09' });
      await focusDay(el, '2026-07-09');
      await press(el, 'Home');
      expect(root(el).activeElement?.getAttribute('data-date')).to.equal('2026-07-06');
      await press(el, 'End');
      expect(root(el).activeElement?.getAttribute('data-date')).to.equal('2026-07-12');
    });
  });

  describe('the list: the next holiday once, and "Add to calendar" under it', () => {
    for (const c of contents) {
      it(`shows each holiday once and marks the next one in its item (${c.lang})`, async () => {
        const el = await calendar({ lang: c.lang, today: '2026-12-04' });
        const seen = visibleText(el);
        const count = (s: string) => seen.split(s).length - 1;
        for (const h of c.holidays.items) expect(count(h.name), h.name).to.equal(1);
        expect(count(c.ui.calendar.nextHoliday)).to.equal(1);
        const next = $$(el, '[part~="next-item"]');
        expect(next).to.have.length(1);
        expect(visibleText(next[0]!.querySelector('.holiday-name'))).to.equal(c.holidays.items[0]!.name);
        expect(visibleText(next[0]!)).to.contain(c.ui.calendar.nextHoliday);
        expect(visibleText(next[0]!)).to.contain({ en: 'in 46 days', ru: 'через 46 дней', be: 'праз 46 дзён' }[c.lang]);
        // The other item is not marked.
        expect(visibleText($$(el, '[part~="item"]')[1]!)).not.to.contain(c.ui.calendar.nextHoliday);
        await expect(el).to.be.accessible();
      });
    }

    for (const width of [320, 1280]) {
      it(`puts "Add to calendar" right after the list, before the month, at ${width}px`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px"><mes-holiday-calendar lang="en" today="2026-12-04"></mes-holiday-calendar></div>`,
        );
        const el = wrapper.firstElementChild as MesHolidayCalendar;
        await el.updateComplete;
        const list = $(el, '[part~="list"]');
        const download = $(el, '[part~="download"]');
        const month = $(el, '[part~="month"]');
        // Reading order: the list, then the button, then the month view.
        expect(list.nextElementSibling).to.equal(download);
        expect(list.compareDocumentPosition(download) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        expect(download.compareDocumentPosition(month) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        // On screen: directly under the list, lined up with it, within two spacing steps.
        const l = list.getBoundingClientRect();
        const d = download.getBoundingClientRect();
        expect(d.top).to.be.at.least(l.bottom);
        expect(d.top - l.bottom).to.be.at.most(32);
        expect(Math.round(d.left)).to.equal(Math.round(l.left));
      });
    }
  });

  describe('text size', () => {
    it('has no text under 14px, a holiday chosen (at a 16px text size)', async () => {
      const el = await calendar({ today: '2026-01-10' });
      cell(el, '2026-01-19').click();
      await el.updateComplete;
      const small: string[] = [];
      let checked = 0;
      const walk = (n: Node) => {
        if (n instanceof Text && n.data.trim() && n.parentElement) {
          const s = getComputedStyle(n.parentElement);
          if (n.parentElement.getClientRects().length > 0) {
            checked++;
            if (parseFloat(s.fontSize) < 14) small.push(`"${n.data.trim()}" ${s.fontSize}`);
            if (parseFloat(s.opacity) < 1) small.push(`"${n.data.trim()}" at opacity ${s.opacity}`);
          }
        }
        n.childNodes.forEach(walk);
      };
      walk(root(el));
      expect(checked).to.be.greaterThan(40);
      expect(small).to.deep.equal([]);
      // The weekday names are full colour: the text's own colour, not a faded one.
      expect(getComputedStyle($(el, 'thead th')).color).to.equal(getComputedStyle(el).color);
    });

    it('sets no font size on its headings: the level gives it', async () => {
      const el = await calendar({ today: '2026-01-10', level: '3' });
      const probe = document.createElement('div');
      el.shadowRoot!.append(probe);
      for (const h of $$(el, 'h3, h4')) {
        const ref = document.createElement(h.localName);
        probe.append(ref);
        expect(getComputedStyle(h).fontSize, h.textContent ?? '').to.equal(getComputedStyle(ref).fontSize);
      }
      probe.remove();
    });
  });

  describe('weekday names in a narrow column', () => {
    it('show the narrow names, uncut, where the short ones would not fit; the full name stays each header’s name', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 12em; font-size: 32px"><mes-holiday-calendar lang="en" today="2026-12-04"></mes-holiday-calendar></div>`,
      );
      const el = wrapper.querySelector<MesHolidayCalendar>('mes-holiday-calendar')!;
      await el.updateComplete;
      const headers = $$(el, 'thead th');
      expect(headers.map((th) => th.dataset['narrow'])).to.deep.equal(['M', 'T', 'W', 'T', 'F', 'S', 'S']);
      // (Firefox gives the declared value of `content`, Chromium the one it draws.)
      for (const th of headers) {
        expect(getComputedStyle(th, '::after').content).to.be.oneOf([`"${th.dataset['narrow']}"`, 'attr(data-narrow)']);
        expect(getComputedStyle(th.querySelector('span')!).display, 'the short name hidden').to.equal('none');
      }
      for (const th of headers) expect(th.scrollWidth, th.getAttribute('aria-label')!).to.be.at.most(th.clientWidth);
      expect(headers[0]!.getAttribute('aria-label')).to.equal('Monday');
      wrapper.style.width = '40em';
      wrapper.style.fontSize = '16px';
      expect(getComputedStyle(headers[0]!, '::after').content, 'wide: the short names').to.be.oneOf(['none', 'normal']);
      expect(visibleText(headers[0]!)).to.equal('Mon');
      await expect(el).to.be.accessible();
    });
  });

  describe('the marks keep 3:1 against the page', () => {
    for (const page of ['light', 'dark-scheme', 'dark-unsaid'] as const) {
      it(`on a ${page} page: the holiday fill, today's ring and the legend's swatches`, async () => {
        const { el, background } = await calendarOn(page, '2026-01-10');
        const holiday = cell(el, '2026-01-19');
        const fill = getComputedStyle(holiday).backgroundColor;
        expect(contrastRatio(fill, background), `holiday ${fill} on ${background}`).to.be.at.least(3);
        const ring = firstColor(getComputedStyle(cell(el, '2026-01-10')).boxShadow);
        expect(contrastRatio(ring, background), `today ${ring} on ${background}`).to.be.at.least(3);
        expect(getComputedStyle($(el, '.swatch-holiday')).backgroundColor).to.equal(fill);
        expect(firstColor(getComputedStyle($(el, '.swatch-today')).boxShadow)).to.equal(ring);
        // The number on a holiday: bold large text (≥ 18.66px) that keeps 4.5:1 where the page says its scheme,
        // 3:1 (large text) on a dark page that does not.
        const number = getComputedStyle(holiday.querySelector('.day')!);
        expect(parseFloat(number.fontSize)).to.be.at.least(18.66);
        expect(Number(number.fontWeight)).to.be.at.least(700);
        expect(contrastRatio(number.color, fill)).to.be.at.least(page === 'dark-unsaid' ? 3 : 4.5);
      });
    }

    it('follows a dark preference on a page that allows both schemes', async function () {
      await emulateMedia(this, { colorScheme: 'dark' });
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText">
            <mes-holiday-calendar lang="en" today="2026-01-10"></mes-holiday-calendar>
          </div>`,
        );
        const el = wrapper.querySelector<MesHolidayCalendar>('mes-holiday-calendar')!;
        await el.updateComplete;
        const background = getComputedStyle(wrapper).backgroundColor;
        const fill = getComputedStyle(cell(el, '2026-01-19')).backgroundColor;
        expect(contrastRatio(fill, background)).to.be.at.least(3);
        const ring = firstColor(getComputedStyle(cell(el, '2026-01-10')).boxShadow);
        expect(contrastRatio(ring, background)).to.be.at.least(3);
        await expect(el).to.be.accessible();
      } finally {
        await resetMedia();
      }
    });
  });

  describe('print', () => {
    afterEach(async () => {
      await resetMedia();
    });

    const printed: Record<string, string> = {
      en: 'in 46 days (as of December 4, 2026)',
      ru: 'через 46 дней (по состоянию на 4 декабря 2026 г.)',
      be: 'праз 46 дзён (па стане на 4 снежня 2026 г.)',
    };
    for (const c of contents) {
      it(`prints the date "in 46 days" was counted from (${c.lang}), and shows it only on paper`, async function () {
        const el = await calendar({ lang: c.lang, today: '2026-12-04' });
        const next = () => visibleText($(el, '[part~="next"]'));
        expect(next()).to.equal(`${c.ui.calendar.nextHoliday} ${printed[c.lang]!.replace(/ \(.*/, '')}`);
        await emulateMedia(this, { media: 'print' });
        expect(next()).to.equal(`${c.ui.calendar.nextHoliday} ${printed[c.lang]!}`);
        // Neither the month view nor the button is printed: the list is all there is.
        expect(getComputedStyle($(el, '[part~="month"]')).display).to.equal('none');
        expect(getComputedStyle($(el, '[part~="download"]')).display).to.equal('none');
      });
    }
  });

  describe('targets', () => {
    it('keeps every button, link and day at least 24 × 24 px on a page with a 10px root and line-height 1.1', async () => {
      const html_ = document.documentElement;
      const before = html_.style.fontSize;
      html_.style.fontSize = '10px';
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 320px; font-size: 1rem; line-height: 1.1">
            <mes-holiday-calendar lang="en" today="2026-01-10"></mes-holiday-calendar>
          </div>`,
        );
        const el = wrapper.querySelector<MesHolidayCalendar>('mes-holiday-calendar')!;
        await el.updateComplete;
        expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(10);
        const targets = $$(el, 'button, a, td[data-date]');
        expect(targets.length).to.equal(3 + 31);
        for (const t of targets) {
          const r = t.getBoundingClientRect();
          expect(r.width, `${t.localName} ${t.getAttribute('data-date') ?? t.textContent?.trim()}`).to.be.at.least(24);
          expect(r.height, `${t.localName} ${t.getAttribute('data-date') ?? t.textContent?.trim()}`).to.be.at.least(24);
        }
      } finally {
        html_.style.fontSize = before;
      }
    });
  });

  it('keeps its bottom margin: the legend does not touch what follows', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><mes-holiday-calendar lang="en" today="2026-01-10"></mes-holiday-calendar><p>After</p></div>`,
    );
    const el = wrapper.querySelector<MesHolidayCalendar>('mes-holiday-calendar')!;
    await el.updateComplete;
    const month = $(el, '[part~="month"]').getBoundingClientRect();
    const after = wrapper.querySelector('p')!.getBoundingClientRect();
    expect(after.top - month.bottom).to.be.at.least(16);
  });
});
