/**
 * "Accessibility conformance report": docs/accessibility-conformance.json (written by `npm run report` beside the
 * Markdown report) rendered as a page: every WCAG 2.2 A and AA criterion with its level, remark, the tests that back
 * it and the engines they passed in, and the manual checks. Rendered from data with text bindings only (no HTML
 * from the file), styled by the element's own stylesheet (no inline styles): it stays CSP-clean.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement, nothing } from 'lit';
import report from '../docs/accessibility-conformance.json';

/** “1 manual check”, “2 manual checks”. */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

interface TestRef {
  file: string;
  pattern: string;
  outcome: 'passed' | 'failed' | 'missing';
  tests: { name: string; engines: Record<string, string> }[];
}
interface Criterion {
  id: string;
  name: string;
  wcagLevel: 'A' | 'AA';
  level: string;
  remark: string;
  tests: TestRef[];
  manual: { id: string; text: string }[];
}
interface Report {
  product: string;
  version: string;
  reviewed: string;
  engines: { id: string; label: string }[];
  manualChecks: { id: string; text: string }[];
  criteria: Criterion[];
}

const data = report as Report;

class ConformanceReport extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 72rem;
      font-family: system-ui, sans-serif;
      line-height: 1.4;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      margin-block-end: 2rem;
    }
    th,
    td {
      border: 1px solid #b1b4b6;
      padding: 0.4rem 0.6rem;
      text-align: start;
      vertical-align: top;
    }
    th[scope='col'] {
      background: #f3f2f1;
    }
    .level {
      white-space: nowrap;
      font-weight: 700;
    }
    details {
      margin-block: 0.25rem;
    }
    code {
      font-size: 0.9em;
    }
    .tests {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.2rem;
    }
  `;

  protected override render() {
    return html`<h1>${data.product} Accessibility Conformance Report</h1>
      <p>
        WCAG 2.2 edition, in the shape of VPAT® 2.5. ${data.product} ${data.version}; claims reviewed
        ${data.reviewed}; evidence from the last test run in ${data.engines.map((e) => e.label).join(', ')}. Generated
        by <code>npm run report</code>; the same report is <code>docs/accessibility-conformance.md</code>.
      </p>
      ${this.renderTable('Table 1: Success Criteria, Level A', 'A')}
      ${this.renderTable('Table 2: Success Criteria, Level AA', 'AA')}
      <h2>Manual checks</h2>
      <p>Done by a person, not by CI (docs/screen-reader-testing.md for the screen-reader script).</p>
      <ul>
        ${data.manualChecks.map((m) => html`<li><code>${m.id}</code>: ${m.text}</li>`)}
      </ul>`;
  }

  private renderTable(title: string, level: 'A' | 'AA') {
    return html`<h2>${title}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Criteria</th>
            <th scope="col">Conformance Level</th>
            <th scope="col">Remarks and Explanations</th>
          </tr>
        </thead>
        <tbody>
          ${data.criteria
            .filter((c) => c.wcagLevel === level)
            .map(
              (c) =>
                html`<tr>
                  <th scope="row">${c.id} ${c.name}</th>
                  <td class="level">${c.level}</td>
                  <td>${c.remark} ${this.renderEvidence(c)}</td>
                </tr>`,
            )}
        </tbody>
      </table>`;
  }

  private renderEvidence(c: Criterion) {
    const count = c.tests.reduce((n, r) => n + r.tests.length, 0);
    if (count === 0 && c.manual.length === 0) return nothing;
    return html`<details>
      <summary>
        Evidence: ${plural(count, 'automated test')}${c.manual.length ? `, ${plural(c.manual.length, 'manual check')}` : ''}
      </summary>
      <ul class="tests">
        ${c.tests.map(
          (r) =>
            html`<li>
              <code>${r.file}</code>${r.outcome === 'passed' ? '' : ` (${r.outcome})`}
              <ul class="tests">
                ${r.tests.map(
                  (t) =>
                    html`<li>
                      ${t.name}:
                      ${data.engines.map((e) => `${e.label} ${t.engines[e.id] ?? 'not run'}`).join(', ')}
                    </li>`,
                )}
              </ul>
            </li>`,
        )}
        ${c.manual.map((m) => html`<li>Manual check <code>${m.id}</code></li>`)}
      </ul>
    </details>`;
  }
}

if (!customElements.get('mes-story-conformance')) customElements.define('mes-story-conformance', ConformanceReport);

const meta: Meta = {
  title: 'Accessibility conformance report',
  parameters: { layout: 'padded' },
};
export default meta;

export const Report: StoryObj = {
  name: 'WCAG 2.2 (VPAT 2.5)',
  render: () => html`<mes-story-conformance></mes-story-conformance>`,
};
