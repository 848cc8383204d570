import { expect } from '@open-wc/testing';
import { en } from '../../content/en.js';
import { ru } from '../../content/ru.js';
import { be } from '../../content/be.js';
import type { Problems } from '../../content/validate.js';
import { menusCheck, structureContentCheck, unitCheck } from './check.js';
import { openMenu, toggled, unitHref } from './structure.js';

const group = [{ title: 'G', items: [{ name: 'Unit' }] }];

describe('structure-nav logic', () => {
  describe('unitHref', () => {
    it('gives http:, https: and mailto: URLs', () => {
      expect(unitHref({ name: 'a', url: 'https://brest.mchs.gov.by/' })).to.equal('https://brest.mchs.gov.by/');
      expect(unitHref({ name: 'a', url: 'http://example.org/' })).to.equal('http://example.org/');
      expect(unitHref({ name: 'a', url: 'mailto:info@example.org' })).to.equal('mailto:info@example.org');
      expect(unitHref({ name: 'a', url: '/relative/page' })).to.equal('/relative/page');
    });

    it('gives nothing for a unit without a URL or with an unsafe one', () => {
      expect(unitHref({ name: 'a' })).to.equal(undefined);
      for (const url of [
        'javascript:alert(1)',
        ' JavaScript:alert(1)',
        'data:text/html,x',
        'vbscript:x',
        'http://[bad',
      ]) {
        expect(unitHref({ name: 'a', url }), url).to.equal(undefined);
      }
    });
  });

  describe('toggled and openMenu', () => {
    it('opens a closed menu, closes the open one, and replaces another', () => {
      expect(toggled(null, 'a')).to.equal('a');
      expect(toggled('a', 'a')).to.equal(null);
      expect(toggled('a', 'b')).to.equal('b');
    });

    it('finds the menu of an id, or none', () => {
      const menus = en.structure.menus;
      expect(openMenu(menus, 'territorial-departments')?.title).to.equal('Territorial departments');
      expect(openMenu(menus, 'nope')).to.equal(null);
      expect(openMenu(menus, '')).to.equal(null);
      expect(openMenu(menus, null)).to.equal(null);
    });
  });

  describe('content check', () => {
    it('accepts the built-in content of every language unchanged and without problems', () => {
      for (const c of [en, ru, be]) {
        const problems: Problems = [];
        expect(structureContentCheck(c.structure, '', problems)).to.deep.equal(c.structure);
        expect(problems).to.deep.equal([]);
      }
    });

    it('has the same menu ids in every language', () => {
      const ids = (menus: { id: string }[]) => menus.map((m) => m.id);
      expect(ids(ru.structure.menus)).to.deep.equal(ids(en.structure.menus));
      expect(ids(be.structure.menus)).to.deep.equal(ids(en.structure.menus));
    });

    it('keeps a unit with an unsafe URL, without the URL, and says where it was', () => {
      const problems: Problems = [];
      expect(unitCheck({ name: 'Evil', url: 'javascript:alert(1)' }, 'items[0]', problems)).to.deep.equal({
        name: 'Evil',
      });
      expect(problems).to.deep.equal(['items[0].url: only http:, https: and mailto: links are allowed']);
    });

    it('refuses a unit without a name', () => {
      const problems: Problems = [];
      expect(unitCheck({ url: 'https://example.org/' }, 'u', problems)).to.equal(undefined);
      expect(problems).to.deep.equal(['u.name: is required']);
    });

    it('drops a menu whose id is taken and reports it', () => {
      const problems: Problems = [];
      const out = menusCheck(
        [
          { id: 'a', title: 'A1', groups: group },
          { id: 'b', title: 'B', groups: group },
          { id: 'a', title: 'A2', groups: group },
        ],
        'menus',
        problems,
      );
      expect(out!.map((m) => m.title)).to.deep.equal(['A1', 'B']);
      expect(problems).to.deep.equal(['menus: more than one menu has the id "a"; only the first is shown']);
    });

    it('refuses an empty list of menus, a menu without groups and a group without units', () => {
      const problems: Problems = [];
      expect(menusCheck([], 'menus', problems)).to.equal(undefined);
      expect(menusCheck([{ id: 'a', title: 'A', groups: [] }], 'menus', problems)).to.equal(undefined);
      expect(menusCheck([{ id: 'a', title: 'A', groups: [{ title: 'G', items: [] }] }], 'menus', problems)).to.equal(
        undefined,
      );
      expect(problems).to.include('menus: must not be empty');
      expect(problems).to.include('menus[0].groups: must not be empty');
      expect(problems).to.include('menus[0].groups[0].items: must not be empty');
    });

    it('takes a partial override and reports unknown keys', () => {
      const problems: Problems = [];
      expect(structureContentCheck({ title: 'T', colour: 'red' }, '', problems)).to.deep.equal({ title: 'T' });
      expect(problems).to.deep.equal(['colour: unknown key']);
    });
  });
});
