import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { buildIcs, escapeText, foldLine, icsDataUrl } from './ics.js';

const encoder = new TextEncoder();
const octets = (s: string): number => encoder.encode(s).length;

/** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (text: string): string => text.replace(/\r\n[ \t]/g, '');

const now = new Date('2026-01-18T21:30:05.123Z');

const longRu =
  'Очень длинное название праздника, чтобы строка точно была длиннее семидесяти пяти октетов; с запятыми, точкой с запятой и \\ обратной чертой';
const longBe =
  'Дзень ратавальніка — вельмі доўгая назва свята, каб радок быў даўжэйшы за семдзесят пяць актэтаў 🚒🚒🚒';
const emojiName = '🚒🔥🚒🔥🚒🔥🚒🔥🚒🔥🚒🔥🚒🔥🚒🔥🚒🔥🚒🔥🚒🔥 Fire Service Day 🚒🔥🚒🔥🚒🔥🚒🔥🚒🔥🚒🔥🚒🔥🚒🔥';
const tricky = 'Rescuer\'s Day, "19 January"; a\\b\nsecond line\r\nthird: line';

const content = {
  en: [
    {
      id: 'rescuers-day',
      month: 1,
      day: 19,
      name: "Rescuer's Day",
      description: 'A description given by the partner.',
    },
    { id: 'fire-service-day', month: 7, day: 25, name: 'Fire Service Day' },
    { id: 'tricky', month: 3, day: 1, name: tricky, description: tricky },
    { id: 'emoji', month: 12, day: 31, name: emojiName },
    { id: 'leap', month: 2, day: 29, name: 'Leap day' },
  ],
  ru: [
    { id: 'rescuers-day', month: 1, day: 19, name: 'День спасателя' },
    { id: 'fire-service-day', month: 7, day: 25, name: 'День пожарной службы', description: longRu },
    { id: 'long', month: 3, day: 1, name: longRu },
    { id: 'emoji', month: 12, day: 31, name: emojiName },
  ],
  be: [
    { id: 'rescuers-day', month: 1, day: 19, name: 'Дзень ратавальніка' },
    { id: 'fire-service-day', month: 7, day: 25, name: 'Дзень пажарнай службы' },
    { id: 'long', month: 3, day: 1, name: longBe, description: longBe },
    { id: 'emoji', month: 12, day: 31, name: emojiName },
  ],
} as const;

type Lang = keyof typeof content;
const langs: Lang[] = ['en', 'ru', 'be'];

function build(lang: Lang, extra: { calendarName?: string; startYear?: number } = {}): string {
  return buildIcs([...content[lang]], { lang, now, startYear: 2026, ...extra });
}

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

describe('ics: escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
    expect(escapeText('one\r\ntwo\rthree')).to.equal('one\\ntwo\\nthree');
    expect(escapeText('colon: "quotes" stay')).to.equal('colon: "quotes" stay');
    expect(escapeText('День спасателя')).to.equal('День спасателя');
  });

  it('drops control characters other than tab', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).to.equal('abc\td');
  });
});

describe('ics: foldLine', () => {
  it('leaves a line of 75 octets alone', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).to.equal(line);
  });

  it('folds ASCII at 75 octets, continuation lines starting with one space', () => {
    const line = 'S'.repeat(200);
    const parts = foldLine(line).split('\r\n');
    expect(parts[0]).to.have.length(75);
    for (const p of parts.slice(1)) {
      expect(p.startsWith(' ')).to.equal(true);
      expect(octets(p)).to.be.at.most(75);
    }
    expect(parts[1]).to.have.length(75);
    expect(unfold(parts.join('\r\n'))).to.equal(line);
  });

  it('counts octets, not characters, and never splits a character', () => {
    for (const line of [
      'SUMMARY;LANGUAGE=ru:' + 'Ж'.repeat(100),
      'SUMMARY;LANGUAGE=ru:' + 'ЖX'.repeat(70),
      'SUMMARY:' + '🚒'.repeat(60),
      'SUMMARY:a' + '🚒'.repeat(60),
      'SUMMARY:ab' + '€'.repeat(60),
    ]) {
      const folded = foldLine(line);
      for (const p of folded.split('\r\n')) {
        expect(octets(p), p).to.be.at.most(75);
        expect(p).not.to.match(/[\uD800-\uDBFF]$/); // no lone high surrogate at a line end
        expect(p).not.to.match(/^ ?[\uDC00-\uDFFF]/); // nor a lone low surrogate at a start
      }
      expect(unfold(folded)).to.equal(line);
      // Each line but the last is filled as far as a whole character allows.
      const lines = folded.split('\r\n');
      for (const p of lines.slice(0, -1)) expect(octets(p)).to.be.greaterThan(71);
    }
  });
});

describe('ics: buildIcs', () => {
  for (const lang of langs) {
    describe(`in ${lang}`, () => {
      const text = build(lang, { calendarName: `Holidays, ${lang}; test` });
      const holidays = content[lang];

      it('ends every line with CRLF, including the last', () => {
        expect(text.endsWith('\r\n')).to.equal(true);
        expect(text.endsWith('\r\n\r\n')).to.equal(false);
        expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      });

      it('keeps every line within 75 octets, never splitting a character', () => {
        const lines = text.split('\r\n').slice(0, -1);
        for (const line of lines) {
          expect(octets(line), line).to.be.at.most(75);
          expect(line).not.to.contain('\uFFFD');
          expect(line).not.to.match(/[\uD800-\uDBFF]$/);
          expect(line).not.to.match(/^ ?[\uDC00-\uDFFF]/);
        }
        // The long names were folded.
        expect(lines.some((l) => l.startsWith(' '))).to.equal(true);
      });

      it('unfolds into whole content lines', () => {
        const logical = unfold(text).split('\r\n').slice(0, -1);
        expect(logical[0]).to.equal('BEGIN:VCALENDAR');
        expect(logical.at(-1)).to.equal('END:VCALENDAR');
        for (const line of logical) expect(line).to.match(/^[A-Z-]+[;:]/);
        const summaries = logical.filter((l) => l.startsWith('SUMMARY'));
        expect(summaries).to.deep.equal(holidays.map((h) => `SUMMARY;LANGUAGE=${lang}:${escapeText(h.name)}`));
      });

      it('parses with ical.js: calendar properties', () => {
        const cal = parse(text);
        expect(cal.name).to.equal('vcalendar');
        expect(cal.getFirstPropertyValue('version')).to.equal('2.0');
        expect(cal.getFirstPropertyValue('prodid')).to.equal(`-//mes-components//Holidays//${lang.toUpperCase()}`);
        expect(cal.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
        expect(cal.getFirstPropertyValue('method')).to.equal('PUBLISH');
        // ical.js does not know X-WR-CALNAME's type, so it gives the value still escaped.
        expect(cal.getFirstPropertyValue('x-wr-calname')).to.equal(`Holidays\\, ${lang}\\; test`);
        expect(cal.getAllProperties('version')).to.have.length(1);
        expect(cal.getAllProperties('prodid')).to.have.length(1);
      });

      it('parses with ical.js: one VEVENT per holiday, with its properties', () => {
        const events = parse(text).getAllSubcomponents('vevent');
        expect(events).to.have.length(holidays.length);
        events.forEach((ev, i) => {
          const h = holidays[i]!;
          expect(ev.getAllProperties('uid')).to.have.length(1);
          expect(ev.getAllProperties('dtstamp')).to.have.length(1);
          expect(ev.getAllProperties('dtstart')).to.have.length(1);
          expect(ev.getFirstPropertyValue('uid')).to.equal(`${h.id}.${lang}@mes-components`);
          expect(String(ev.getFirstPropertyValue('dtstamp'))).to.equal('2026-01-18T21:30:05Z');

          const dtstart = ev.getFirstProperty('dtstart')!;
          expect(dtstart.type).to.equal('date');
          const start = dtstart.getFirstValue() as ICAL.Time;
          expect(start.isDate).to.equal(true);
          expect([start.year, start.month, start.day]).to.deep.equal([
            h.month === 2 && h.day === 29 ? 2028 : 2026,
            h.month,
            h.day,
          ]);

          const rrule = ev.getFirstPropertyValue('rrule') as ICAL.Recur;
          expect(rrule.freq).to.equal('YEARLY');
          expect(ev.getFirstPropertyValue('transp')).to.equal('TRANSPARENT');

          const summary = ev.getFirstProperty('summary')!;
          expect(summary.getParameter('language')).to.equal(lang);
          expect(summary.getFirstValue()).to.equal(h.name.replace(/\r\n/g, '\n'));
          const description = 'description' in h ? h.description : undefined;
          if (description) expect(ev.getFirstPropertyValue('description')).to.equal(description.replace(/\r\n/g, '\n'));
          else expect(ev.hasProperty('description')).to.equal(false);
        });
      });

      it('repeats every year from DTSTART', () => {
        const ev = new ICAL.Event(parse(text).getAllSubcomponents('vevent')[0]!);
        const iter = ev.iterator();
        const dates = [iter.next(), iter.next(), iter.next()].map((t) => t?.toString());
        expect(dates).to.deep.equal(['2026-01-19', '2027-01-19', '2028-01-19']);
      });

      it('gives stable UIDs between two calls', () => {
        const again = buildIcs([...content[lang]], { lang, now: new Date(), startYear: 2030 });
        const uids = (t: string) =>
          parse(t)
            .getAllSubcomponents('vevent')
            .map((e) => e.getFirstPropertyValue('uid'));
        expect(uids(again)).to.deep.equal(uids(text));
        expect(new Set(uids(text)).size).to.equal(holidays.length);
      });
    });
  }

  it('round-trips ,;\\ and newlines in SUMMARY and DESCRIPTION', () => {
    const ev = parse(build('en')).getAllSubcomponents('vevent')[2]!;
    expect(ev.getFirstPropertyValue('summary')).to.equal(
      'Rescuer\'s Day, "19 January"; a\\b\nsecond line\nthird: line',
    );
    expect(ev.getFirstPropertyValue('description')).to.equal(
      'Rescuer\'s Day, "19 January"; a\\b\nsecond line\nthird: line',
    );
  });

  it('writes 29 February in leap years only, from the first leap year', () => {
    const text = buildIcs([{ id: 'leap', month: 2, day: 29, name: 'Leap day' }], { lang: 'en', now, startYear: 2025 });
    expect(unfold(text)).to.contain('\r\nDTSTART;VALUE=DATE:20280229\r\n');
    expect(unfold(text)).to.contain('\r\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29\r\n');
    const ev = new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!);
    const iter = ev.iterator();
    const dates = [iter.next(), iter.next(), iter.next()].map((t) => t?.toString());
    expect(dates).to.deep.equal(['2028-02-29', '2032-02-29', '2036-02-29']);
  });

  it('starts a holiday on its first date on or after 1 January of startYear', () => {
    const text = buildIcs([{ id: 'ny', month: 1, day: 1, name: 'New Year' }], { lang: 'en', now, startYear: 2027 });
    expect(text).to.contain('\r\nDTSTART;VALUE=DATE:20270101\r\n');
  });

  it('writes the exact lines of an event', () => {
    const text = buildIcs([{ id: 'rescuers-day', month: 1, day: 19, name: 'День спасателя' }], {
      lang: 'ru',
      now,
      startYear: 2026,
    });
    expect(text).to.equal(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//mes-components//Holidays//RU',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:rescuers-day.ru@mes-components',
        'DTSTAMP:20260118T213005Z',
        'DTSTART;VALUE=DATE:20260119',
        'RRULE:FREQ=YEARLY',
        'SUMMARY;LANGUAGE=ru:День спасателя',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('takes a PRODID and leaves out X-WR-CALNAME unless given', () => {
    const text = buildIcs([], { lang: 'be', now, startYear: 2026, prodId: '-//Example//Test//BE' });
    expect(text).to.contain('\r\nPRODID:-//Example//Test//BE\r\n');
    expect(text).not.to.contain('X-WR-CALNAME');
    expect(parse(text).getAllSubcomponents('vevent')).to.have.length(0);
  });

  it('rejects a day that never exists and a bad startYear', () => {
    expect(() => buildIcs([{ id: 'x', month: 4, day: 31, name: 'x' }], { lang: 'en', now, startYear: 2026 })).to.throw(
      RangeError,
    );
    expect(() => buildIcs([], { lang: 'en', now, startYear: 2026.5 })).to.throw(RangeError);
  });
});

describe('ics: icsDataUrl', () => {
  it('percent-encodes the text into a text/calendar data URL', async () => {
    const text = build('ru');
    const url = icsDataUrl(text);
    expect(url.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    expect(url).not.to.match(/[\r\n ]/);
    expect(decodeURIComponent(url.slice('data:text/calendar;charset=utf-8,'.length))).to.equal(text);
    const fetched = await (await fetch(url)).text();
    expect(fetched).to.equal(text);
  });
});
