/**
 * The packed package as its users get it (`npm pack` of the built tree, after `npm run build`), checked by tools
 * nobody here wrote: publint (strict: warnings are errors) and Are the Types Wrong (`attw`, profile `esm-only`:
 * types under `node16` from ESM and `bundler` resolution) on every entry point, each element's module and the
 * React entry included; and every export pointing at files that are in the package. A broken package fails both
 * tools. `npm run test:package`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TAGS } from '../support/elements.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const bin = (name) => join(ROOT, 'node_modules/.bin', name);

function run(command, args, cwd = ROOT) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout };
}

/** `npm pack` of `dir` into `dest` without its `prepack` build (the tree is built already): the tarball's path. */
function pack(dir, dest) {
  const r = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], dir);
  assert.equal(r.status, 0, r.out);
  return join(dest, JSON.parse(r.stdout)[0].filename);
}

/** The entry points of the element modules (`./components/mes-*.js`), one for each tag of the registry. */
const ELEMENT_ENTRIES = TAGS.map((tag) => `./components/${tag}.js`);

/** attw on `tarball` (profile esm-only), its report and the problems in the resolutions that profile checks. */
function attw(tarball, entries = []) {
  const args = [tarball, '--profile', 'esm-only', '--format', 'json'];
  if (entries.length > 0) args.push('--include-entrypoints', ...entries);
  const r = run(bin('attw'), args);
  const report = JSON.parse(r.stdout);
  // esm-only: neither node10 (no `exports`) nor a `require` from CommonJS.
  const problems = (report.analysis.problems ?? []).filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind));
  return { status: r.status, report, problems };
}

describe('the packed package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mes-package-'));
  let tarball;
  before(() => {
    assert.ok(existsSync(join(ROOT, 'dist/index.js')), 'dist/ is missing: run `npm run build` first');
    tarball = pack(ROOT, dir);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('publint --strict: no error, warning or suggestion', () => {
    const { status, out } = run(bin('publint'), ['run', tarball, '--strict', '--level', 'suggestion']);
    assert.equal(status, 0, out);
    assert.match(out, /All good!/, out);
  });

  it('attw --profile esm-only: every entry point resolves with its types (node16 from ESM, bundler), each element module too', () => {
    const { status, report, problems } = attw(tarball, ELEMENT_ENTRIES);
    assert.deepEqual(
      problems.map((p) => `${p.kind} ${p.entrypoint} (${p.resolutionKind})`),
      [],
    );
    assert.equal(status, 0);
    const checked = Object.keys(report.analysis.entrypoints);
    for (const entry of [
      '.',
      './react',
      './jsx',
      './elements.js',
      './cdn/mes-components-hydrate.js',
      ...ELEMENT_ENTRIES,
    ]) {
      assert.ok(checked.includes(entry), `${entry} was checked`);
    }
    for (const entry of ['.', './react', './elements.js', ...ELEMENT_ENTRIES]) {
      const resolutions = report.analysis.entrypoints[entry].resolutions;
      for (const kind of ['node16-esm', 'bundler']) {
        const { resolution } = resolutions[kind];
        assert.ok(resolution?.isTypeScript, `${entry} (${kind}) resolves to type declarations`);
        assert.match(resolution.fileName, /\.d\.ts$/, `${entry} (${kind})`);
      }
    }
  });

  it('every export points at files in the package; a pattern gives types and JavaScript for the same names', () => {
    const files = run('tar', ['-tzf', tarball])
      .stdout.split('\n')
      .filter(Boolean)
      .map((f) => `.${f.replace(/^package/, '')}`);
    const problems = [];
    for (const [key, value] of Object.entries(pkg.exports)) {
      const conditions = typeof value === 'string' ? { default: value } : value;
      if (!key.includes('*')) {
        for (const [condition, target] of Object.entries(conditions)) {
          if (!files.includes(target)) problems.push(`${key} (${condition}): ${target} is not in the package`);
        }
        continue;
      }
      // What the `*` stands for in each condition's files.
      const names = Object.entries(conditions).map(([condition, target]) => {
        const [head, tail] = target.split('*');
        const matched = files
          .filter((f) => f.startsWith(head) && f.endsWith(tail) && f.length >= head.length + tail.length)
          .map((f) => f.slice(head.length, f.length - tail.length))
          .filter(Boolean);
        if (matched.length === 0) problems.push(`${key} (${condition}): no file matches ${target}`);
        return { condition, matched: new Set(matched) };
      });
      for (const a of names) {
        for (const b of names) {
          const missing = [...a.matched].filter((n) => !b.matched.has(n));
          for (const n of missing) problems.push(`${key.replace('*', n)}: ${a.condition} but no ${b.condition}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });
});

describe('the checks themselves', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mes-package-broken-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('fail on a package with an entry point without types and an export that names a missing file', () => {
    const src = join(dir, 'src');
    mkdirSync(src);
    writeFileSync(
      join(src, 'package.json'),
      JSON.stringify({
        name: 'broken-types',
        version: '1.0.0',
        type: 'module',
        exports: {
          '.': { types: './index.d.ts', default: './index.js' },
          './extra.js': './extra.js',
          './gone.js': { types: './gone.d.ts', default: './index.js' },
        },
      }),
    );
    writeFileSync(join(src, 'index.js'), 'export const a = 1;\n');
    writeFileSync(join(src, 'index.d.ts'), 'export declare const a: number;\n');
    writeFileSync(join(src, 'extra.js'), 'export const b = 2;\n');
    const tarball = pack(src, dir);
    const lint = run(bin('publint'), ['run', tarball, '--strict']);
    assert.equal(lint.status, 1, lint.out);
    assert.match(lint.out, /gone\.d\.ts/);
    const types = attw(tarball);
    assert.equal(types.status, 1);
    assert.deepEqual(types.problems.map((p) => `${p.kind} ${p.entrypoint} (${p.resolutionKind})`).sort(), [
      'FallbackCondition ./gone.js (bundler)',
      'FallbackCondition ./gone.js (node16-esm)',
      'UntypedResolution ./extra.js (bundler)',
      'UntypedResolution ./extra.js (node16-esm)',
    ]);
  });
});
