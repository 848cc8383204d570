// What every element promises (see support.ts): a contract here for each element, and its definition.
import { expect } from '@open-wc/testing';
import * as library from '../../index.js';
import { ELEMENTS, TAGS } from '../../elements.js';
import { defineElement } from '../../core/define.js';
import { captureWarnings } from '../helpers.js';
import { CONTRACTS } from './support.js';

describe('what every element promises', () => {
  it('has a contract here for each element of the registry', () => {
    expect(Object.keys(CONTRACTS).sort()).to.deep.equal([...TAGS].sort());
  });

  for (const info of ELEMENTS) {
    const { tag } = info;

    describe(`<${tag}>`, () => {
      describe('definition', () => {
        it(`is defined as the class src/index.ts exports as ${info.className}`, () => {
          const exported = (library as unknown as Record<string, unknown>)[info.className];
          expect(exported, `src/index.ts exports ${info.className}`).to.be.a('function');
          expect(customElements.get(tag) === exported, `customElements.get('${tag}') is ${info.className}`).to.equal(
            true,
          );
        });

        it('can be defined again (the library loaded twice) without an error or a warning', () => {
          const ctor = customElements.get(tag)!;
          const warnings = captureWarnings();
          try {
            expect(() => defineElement(tag, ctor)).not.to.throw();
            expect(customElements.get(tag)).to.equal(ctor);
            expect(warnings.messages).to.deep.equal([]);
          } finally {
            warnings.restore();
          }
        });
      });
    });
  }

  it('says which version was there first when another version already defined a tag', () => {
    const warnings = captureWarnings();
    try {
      class Other extends HTMLElement {}
      (Other as unknown as Record<symbol, string>)[Symbol.for('mes-components.version')] = '0.0.1-other';
      customElements.define('mes-test-other-version', Other);
      defineElement('mes-test-other-version', class extends HTMLElement {});
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('version 0.0.1-other');
      expect(customElements.get('mes-test-other-version')).to.equal(Other);
    } finally {
      warnings.restore();
    }
  });
});
