#!/usr/bin/env node
/**
 * `npm run report`: the accessibility conformance report, in the shape of a VPAT® 2.5 (WCAG edition), from the
 * results of the browser tests and the committed map of what backs each criterion:
 *
 *   test/results/<engine>.json (written by every web-test-runner run: scripts/wtr/results-reporter.mjs)
 *   + scripts/report/map.mjs (criterion → claim, remark, tests, manual checks), scripts/report/wcag.mjs
 *   → docs/accessibility-conformance.md and docs/accessibility-conformance.json (the Storybook page renders the JSON)
 *
 * A criterion is given its claim only where every test the map names has a result and passed in every engine it
 * ran in; a failed test, or one with no result (or skipped everywhere), lowers "Supports" to "Partially supports"
 * (or "Does not support" when nothing backing it passed). The output holds no time or duration: the same results
 * give the same report. Run it after `npm run test:all` (every engine), as CI does.
 *
 *   npm run report              write both files
 *   npm run report -- --check   exit 1 when the committed files differ from what the results give
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CRITERIA, MANUAL_CHECKS, REVIEWED } from './report/map.mjs';
import { WCAG_22 } from './report/wcag.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENGINES = [
  ['chromium', 'Chromium'],
  ['firefox', 'Firefox'],
  ['webkit', 'WebKit'],
];
const MD = 'docs/accessibility-conformance.md';
const JSON_OUT = 'docs/accessibility-conformance.json';

function fail(message) {
  process.stderr.write(`report: ${message}\n`);
  process.exit(1);
}

/** The results of each engine that has a results file. */
function readResults(dir) {
  const results = [];
  for (const [id, label] of ENGINES) {
    const file = resolve(dir, `${id}.json`);
    if (!existsSync(file)) continue;
    let data;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      fail(`${file} is not JSON (${error.message}); run the tests again`);
    }
    if (!Array.isArray(data?.tests)) fail(`${file} has no "tests" list; run the tests again`);
    results.push({ id, label, tests: data.tests, skipReasons: data.skipReasons ?? {} });
  }
  if (results.length === 0) {
    fail(`no test results in ${dir}: run \`npm run test:all\` (or \`npm test\` for Chromium only) first`);
  }
  return results;
}

const LOWER = { Supports: 0, 'Partially supports': 1, 'Does not support': 2, 'Not applicable': 0 };

/** The evidence for one criterion and the level it can be given. */
export function assess(criterion, entry, results) {
  const refs = entry.tests.map(([file, pattern]) => {
    let re;
    try {
      re = new RegExp(pattern);
    } catch (error) {
      fail(`${criterion.id}: the pattern ${JSON.stringify(pattern)} is not a regular expression (${error.message})`);
    }
    const byName = new Map();
    for (const engine of results) {
      for (const t of engine.tests) {
        if (t.file !== file || !re.test(t.name)) continue;
        if (!byName.has(t.name)) byName.set(t.name, {});
        byName.get(t.name)[engine.id] = t.status;
      }
    }
    const tests = [...byName].sort(([a], [b]) => a.localeCompare(b)).map(([name, engines]) => ({ name, engines }));
    const statuses = tests.flatMap((t) => Object.values(t.engines));
    const outcome =
      tests.length === 0 || statuses.every((s) => s === 'skipped')
        ? 'missing'
        : statuses.includes('failed')
          ? 'failed'
          : 'passed';
    return { file, pattern, outcome, tests };
  });
  const bad = refs.filter((r) => r.outcome !== 'passed');
  let level = entry.claim;
  if (bad.length > 0 && entry.claim !== 'Does not support') {
    level = bad.length === refs.length ? 'Does not support' : 'Partially supports';
    if (LOWER[level] < LOWER[entry.claim]) level = entry.claim;
  }
  let remark = entry.remark;
  if (bad.length > 0) {
    const failed = bad.filter((r) => r.outcome === 'failed').length;
    const missing = bad.length - failed;
    const words = [failed && `${failed} failed`, missing && `${missing} without a result`].filter(Boolean).join(', ');
    remark += ` Not verified: of ${refs.length} groups of backing tests, ${words} (claimed: ${entry.claim}).`;
  }
  return {
    id: criterion.id,
    name: criterion.name,
    wcagLevel: criterion.level,
    level,
    claim: entry.claim,
    remark,
    tests: refs,
    manual: entry.manual.map((id) => ({
      id,
      text: MANUAL_CHECKS[id] ?? fail(`${criterion.id}: no manual check "${id}"`),
    })),
  };
}

export function buildReport(results, version) {
  const missing = WCAG_22.filter((c) => !CRITERIA[c.id]);
  if (missing.length) fail(`no entry in scripts/report/map.mjs for ${missing.map((c) => c.id).join(', ')}`);
  const extra = Object.keys(CRITERIA).filter((id) => !WCAG_22.some((c) => c.id === id));
  if (extra.length) fail(`scripts/report/map.mjs names criteria that WCAG 2.2 A/AA does not have: ${extra.join(', ')}`);
  const criteria = WCAG_22.map((c) => assess(c, CRITERIA[c.id], results));
  // The reasons given by the files whose tests back a criterion and were skipped somewhere (not those of other files).
  const skippedFiles = new Map();
  for (const c of criteria) {
    for (const ref of c.tests) {
      for (const t of ref.tests) {
        for (const [engine, status] of Object.entries(t.engines)) {
          if (status !== 'skipped') continue;
          if (!skippedFiles.has(engine)) skippedFiles.set(engine, new Set());
          skippedFiles.get(engine).add(ref.file);
        }
      }
    }
  }
  const skipReasons = {};
  for (const engine of results) {
    const files = skippedFiles.get(engine.id) ?? new Set();
    const reasons = new Set([...files].flatMap((f) => engine.skipReasons[f] ?? []));
    if (reasons.size) skipReasons[engine.id] = [...reasons].sort();
  }
  return {
    product: 'mes-components',
    version,
    reviewed: REVIEWED,
    engines: results.map((e) => ({ id: e.id, label: e.label })),
    skipReasons,
    manualChecks: Object.entries(MANUAL_CHECKS).map(([id, text]) => ({ id, text })),
    criteria,
  };
}

/** Text for Markdown: `<` would open an HTML tag ("<mes-structure-nav>"), `|` would end a table cell. */
const text = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '\\|');
const cell = (s) => text(s).replace(/\n/g, ' ');
const engineLabel = (id) => ENGINES.find(([e]) => e === id)?.[1] ?? id;

export function renderMarkdown(report) {
  const out = [];
  const engines = report.engines.map((e) => e.label).join(', ');
  out.push(
    '<!-- Generated by `npm run report` from the test results and scripts/report/map.mjs: do not edit by hand. -->',
    '',
    `# ${report.product} Accessibility Conformance Report`,
    '',
    '## WCAG Edition (based on VPAT® Version 2.5)',
    '',
    `**Name of Product/Version:** ${report.product} ${report.version}`,
    '',
    `**Report Date:** ${report.reviewed} (the date the claims were last reviewed; the evidence is the last run of the tests)`,
    '',
    '**Product Description:** Lit web components that show the international cooperation content of the Ministry for Emergency Situations of the Republic of Belarus in Belarusian, Russian and English: the whole page, priorities, activities, the national strategy, the professional holidays with a month grid and an iCalendar download, and the ministry’s structure as disclosure navigation.',
    '',
    '**Contact Information:** the project’s issue tracker.',
    '',
    '**Notes:** The elements are parts of a page: criteria about a whole page or a set of pages (title, page language, skip links, consistent navigation and help) rest with the host page and are marked “Not applicable” here, with what the elements give the host. The library’s elements were evaluated with their built-in content in en, ru and be, on their default styles and on each host adapter.',
    '',
    `**Evaluation Methods Used:** Automated browser tests (web-test-runner) in ${engines}: axe-core, each engine’s accessibility tree read against written screen-reader expectations (src/test/screen-reader/), and tests of keyboard use, focus, contrast, target size and layout. The tests that back each criterion are listed under “Evidence” with the engines they passed in. Manual checks, done by a person and not by CI, are listed as such (“Manual checks” below; docs/screen-reader-testing.md).`,
    '',
    '## Applicable Standards/Guidelines',
    '',
    '| Standard/Guideline | Included In Report |',
    '| --- | --- |',
    '| [Web Content Accessibility Guidelines 2.2](https://www.w3.org/TR/WCAG22/) | Level A (Yes), Level AA (Yes), Level AAA (No) |',
    '',
    '## Terms',
    '',
    '- **Supports**: the functionality has at least one method that meets the criterion without known defects, or meets it with equivalent facilitation.',
    '- **Partially supports**: some functionality does not meet the criterion (here also: a test backing the claim failed or has no result).',
    '- **Does not support**: the majority of functionality does not meet the criterion.',
    '- **Not applicable**: the criterion is not relevant to the product.',
    '',
    '## WCAG 2.2 Report',
    '',
    '4.1.1 Parsing is obsolete and removed from WCAG 2.2; it is not listed.',
    '',
  );
  const table = (title, level) => {
    out.push(`### ${title}`, '', '| Criteria | Conformance Level | Remarks and Explanations |', '| --- | --- | --- |');
    for (const c of report.criteria.filter((x) => x.wcagLevel === level)) {
      const backing = [];
      const count = c.tests.reduce((n, r) => n + r.tests.length, 0);
      if (count) backing.push(`${count} automated test${count === 1 ? '' : 's'}`);
      if (c.manual.length) backing.push(`manual: ${c.manual.map((m) => m.id).join(', ')}`);
      const link = `[evidence](#evidence-${c.id.replace(/\./g, '')})`;
      out.push(
        `| ${c.id} ${cell(c.name)} (Level ${c.wcagLevel}) | ${c.level} | ${cell(c.remark)} ${backing.length ? `(${backing.join('; ')}: ${link})` : ''} |`,
      );
    }
    out.push('');
  };
  table('Table 1: Success Criteria, Level A', 'A');
  table('Table 2: Success Criteria, Level AA', 'AA');
  out.push('### Table 3: Success Criteria, Level AAA', '', 'Not evaluated.', '', '## Evidence', '');
  for (const c of report.criteria) {
    out.push(`<a id="evidence-${c.id.replace(/\./g, '')}"></a>`, '', `### ${c.id} ${c.name}: ${c.level}`, '');
    if (c.tests.length === 0 && c.manual.length === 0) out.push('Nothing backs this claim.', '');
    for (const ref of c.tests) {
      const head = `- \`${ref.file}\`, tests matching \`${ref.pattern}\``;
      if (ref.tests.length === 0) {
        out.push(`${head}: **no result**`);
        continue;
      }
      out.push(
        `${head}${ref.outcome === 'passed' ? '' : ` (**${ref.outcome === 'failed' ? 'failed' : 'no result'}**)`}:`,
      );
      for (const t of ref.tests) {
        const where = report.engines.map((e) => `${e.label} ${t.engines[e.id] ?? 'not run'}`).join(', ');
        out.push(`  - ${text(t.name)}: ${where}`);
      }
    }
    for (const m of c.manual) out.push(`- Manual check \`${m.id}\`: ${text(m.text)}`);
    out.push('');
  }
  out.push(
    '## Manual checks',
    '',
    'Done by a person, not by CI; each is named where it backs a criterion, and says when it was last done.',
    '',
  );
  for (const m of report.manualChecks) out.push(`- \`${m.id}\`: ${text(m.text)}`);
  out.push('');
  const reasons = Object.entries(report.skipReasons);
  if (reasons.length) {
    out.push('## Tests an engine skipped, and why', '');
    for (const [engine, list] of reasons) for (const r of list) out.push(`- ${engineLabel(engine)}: ${text(r)}`);
    out.push('');
  }
  return `${out.join('\n')}`;
}

function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--check');
  if (unknown.length) fail(`unknown option ${unknown.join(' ')} (use --check)`);
  const version = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version;
  const report = buildReport(readResults(resolve(ROOT, 'test/results')), version);
  const files = [
    [MD, renderMarkdown(report)],
    [JSON_OUT, `${JSON.stringify(report, null, 2)}\n`],
  ];
  const counts = {};
  for (const c of report.criteria) counts[c.level] = (counts[c.level] ?? 0) + 1;
  const summary = Object.entries(counts)
    .map(([level, n]) => `${n} ${level}`)
    .join(', ');
  if (args.includes('--check')) {
    const stale = files.filter(([path, text]) => {
      const file = resolve(ROOT, path);
      return !existsSync(file) || readFileSync(file, 'utf8') !== text;
    });
    if (stale.length) {
      fail(
        `${stale.map(([p]) => p).join(' and ')} ${stale.length === 1 ? 'is' : 'are'} out of date with the test results ` +
          `(${report.engines.map((e) => e.label).join(', ')}): run \`npm run report\` after \`npm run test:all\`, and commit the result`,
      );
    }
    process.stdout.write(`report: ${MD} is current (${summary})\n`);
    return;
  }
  for (const [path, text] of files) writeFileSync(resolve(ROOT, path), text);
  process.stdout.write(`report: wrote ${MD} and ${JSON_OUT} (${summary})\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
