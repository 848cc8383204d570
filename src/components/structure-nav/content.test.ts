// <mes-structure-nav>: a partner's own menus through the content property, and what is refused in them.
import { expect, fixture, html } from '@open-wc/testing';
import './mes-structure-nav.js';
import type { MesStructureNav } from './mes-structure-nav.js';
import { captureWarnings, nextContentError } from '../../test/helpers.js';
import {
  button,
  buttons,
  describeNode,
  links,
  nameFromContent,
  open,
  panelOf,
  root,
  topHeading,
  transitionsEnded,
} from './test-support.js';

describe('<mes-structure-nav>', () => {
  describe('content override: the structure’s own', () => {
    const partner = {
      title: 'Our partners',
      menus: [
        {
          id: 'partners',
          title: 'Partner services',
          groups: [
            {
              title: 'Rescue services',
              items: [
                { name: 'Partner rescue service', url: 'https://rescue.example.org/' },
                { name: 'Write to us', url: 'mailto:partners@example.org' },
                { name: 'A unit without a site' },
              ],
            },
          ],
        },
      ],
    };

    it('replaces the menus, with links only where a URL is given', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      el.content = partner;
      await el.updateComplete;
      expect(topHeading(el).textContent).to.equal('Our partners');
      expect(buttons(el).map(nameFromContent)).to.deep.equal(['Partner services']);
      await open(el, 'partners');
      const panel = panelOf(el, 'partners');
      expect(links(panel).map((a) => [a.textContent!.trim(), a.getAttribute('href')])).to.deep.equal([
        ['Partner rescue service', 'https://rescue.example.org/'],
        ['Write to us', 'mailto:partners@example.org'],
      ]);
      expect(panel.querySelectorAll('li')[2].textContent!.trim()).to.equal('A unit without a site');
      await transitionsEnded(el);
      await expect(el).to.be.accessible();
    });

    it('refuses a javascript: URL, reports it, and shows that unit as text', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      const warnings = captureWarnings();
      try {
        const errored = nextContentError(el);
        el.content = {
          menus: [
            {
              id: 'm',
              title: 'Menu',
              groups: [
                {
                  title: 'Group',
                  items: [
                    { name: 'Evil unit', url: 'javascript:window.__structurePwned=1' },
                    { name: 'Data unit', url: 'data:text/html,<script>alert(1)</script>' },
                    { name: 'Good unit', url: 'https://good.example.org/' },
                  ],
                },
              ],
            },
          ],
        };
        const detail = await errored;
        await el.updateComplete;
        expect(detail.source).to.equal('content');
        expect(detail.problems.join('\n')).to.contain(
          'menus[0].groups[0].items[0].url: only http:, https: and mailto:',
        );
        expect(detail.problems.join('\n')).to.contain('items[1].url');
        expect(warnings.messages).to.have.length(1);
        await open(el, 'm');
        const panel = panelOf(el, 'm');
        const items = [...panel.querySelectorAll('li')];
        expect(items.map((li) => li.textContent!.trim())).to.deep.equal(['Evil unit', 'Data unit', 'Good unit']);
        expect(describeNode(items[0].querySelector('a'))).to.equal('nothing');
        expect(describeNode(items[1].querySelector('a'))).to.equal('nothing');
        expect(links(panel).map((a) => a.getAttribute('href'))).to.deep.equal(['https://good.example.org/']);
        expect(describeNode(root(el).querySelector('a[href^="javascript"], a[href^="data"]'))).to.equal('nothing');
        items[0].querySelector('span')!.click();
        expect((window as unknown as { __structurePwned?: number }).__structurePwned).to.equal(undefined);
      } finally {
        warnings.restore();
      }
    });

    it('reports a menu whose id is already used and shows only the first', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      const warnings = captureWarnings();
      try {
        const errored = nextContentError(el);
        const group = [{ title: 'G', items: [{ name: 'Unit' }] }];
        el.content = {
          menus: [
            { id: 'a', title: 'First A', groups: group },
            { id: 'b', title: 'B', groups: group },
            { id: 'a', title: 'Second A', groups: group },
          ],
        };
        const detail = await errored;
        await el.updateComplete;
        expect(detail.problems.join('\n')).to.contain('more than one menu has the id "a"');
        expect(buttons(el).map(nameFromContent)).to.deep.equal(['First A', 'B']);
        expect(new Set(buttons(el).map((b) => b.getAttribute('aria-controls'))).size).to.equal(2);
      } finally {
        warnings.restore();
      }
    });

    it('shows markup in content as text, never as HTML', async () => {
      const el = await fixture<MesStructureNav>(html`<mes-structure-nav></mes-structure-nav>`);
      const evil = '<img src=x onerror="window.__structurePwned=1"><b>bold</b>';
      el.content = {
        title: evil,
        menus: [
          {
            id: 'x',
            title: evil,
            groups: [{ title: evil, items: [{ name: evil }, { name: evil, url: 'https://example.org/' }] }],
          },
        ],
      };
      await el.updateComplete;
      await open(el, 'x');
      expect(topHeading(el).textContent).to.equal(evil);
      expect(nameFromContent(button(el, 'x'))).to.equal(evil);
      expect(panelOf(el, 'x').querySelector('h3')!.textContent).to.equal(evil);
      expect([...panelOf(el, 'x').querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
        evil,
        evil,
      ]);
      expect(describeNode(root(el).querySelector('img, b'))).to.equal('nothing');
      expect((window as unknown as { __structurePwned?: number }).__structurePwned).to.equal(undefined);
    });
  });
});
