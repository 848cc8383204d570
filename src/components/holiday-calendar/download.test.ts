// <mes-holiday-calendar>: the "add to calendar" link and the iCalendar file behind it.
import { expect, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import { $, calendar, contents, icsText, text } from './test-support.js';

describe('<mes-holiday-calendar>', () => {
  describe('add to calendar', () => {
    // First in this file, before any test has the iCalendar writer loaded: the link is activated at once.
    it('downloads when activated before its file is prepared', async () => {
      const el = await calendar({ today: '2026-03-01' });
      const a = $<HTMLAnchorElement>(el, 'a[part~="download"]');
      expect(a.getAttribute('href')).to.not.match(/^data:/);
      // The iCalendar writer is not part of first paint (each test file runs in a page of its own).
      const requested = () => performance.getEntriesByType('resource').some((r) => /\/ics\.[jt]s/.test(r.name));
      expect(requested(), 'the iCalendar writer').to.equal(false);
      // Each activation of the link, as the page sees it; the file itself is not saved during the test.
      const hrefs: string[] = [];
      const onClick = (event: Event) => {
        const target = event.composedPath()[0];
        if (target !== a) return;
        hrefs.push(a.getAttribute('href') ?? '');
        if (a.getAttribute('href')?.startsWith('data:')) event.preventDefault();
      };
      document.addEventListener('click', onClick);
      try {
        a.click();
        await waitUntil(() => hrefs.length === 2, 'the link did not download after its file was prepared');
      } finally {
        document.removeEventListener('click', onClick);
      }
      expect(requested(), 'the iCalendar writer').to.equal(true);
      const file = decodeURIComponent(hrefs[1]!.replace('data:text/calendar;charset=utf-8,', ''));
      expect(file).to.contain('BEGIN:VCALENDAR');
      expect(file.match(/BEGIN:VEVENT/g)).to.have.length(2);
      expect(a.getAttribute('download')).to.equal('mes-holidays.ics');
    });

    for (const c of contents) {
      it(`downloads mes-holidays.ics with the holidays in ${c.lang}`, async () => {
        const el = await calendar({ lang: c.lang, today: '2026-03-01' });
        const a = $<HTMLAnchorElement>(el, 'a[part~="download"]');
        expect(a.getAttribute('download')).to.equal('mes-holidays.ics');
        expect(text(a)).to.equal(c.ui.calendar.addToCalendar);
        expect(a.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
        const ics = await icsText(el);
        expect(ics).to.contain('VERSION:2.0');
        expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(2);
        for (const h of c.holidays.items) expect(ics).to.contain(`SUMMARY;LANGUAGE=${c.lang}:${h.name}`);
        // A strict parser reads it: two yearly events on the right days.
        const cal = new ICAL.Component(ICAL.parse(ics));
        const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
        expect(events.map((e) => e.summary)).to.deep.equal(c.holidays.items.map((h) => h.name));
        expect(events.map((e) => e.startDate.toString())).to.deep.equal(['2026-01-19', '2026-07-25']);
      });
    }

    it('includes a partner’s holidays', async () => {
      const el = await calendar({ today: '2026-03-01' });
      el.content = { extend: true, items: [{ month: 3, day: 10, name: 'Partner Day, "joint"; drill' }] };
      await el.updateComplete;
      const ics = await icsText(el);
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(3);
      expect(ics).to.contain('SUMMARY;LANGUAGE=en:Partner Day\\, "joint"\\; drill');
    });
  });
});
