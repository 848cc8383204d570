/**
 * What a screen reader is given, as lines a person can read: `role, name, state, state…`, indented under the node
 * that contains them, e.g.
 *
 *     navigation, Structure of the MES
 *       button, Central office of the MES, collapsed, controls group “Central office of the MES”
 *
 * States: `expanded` / `collapsed`, `selected`, `current date`, `focused`, `level N` (headings),
 * `controls <role> “<name>”` (aria-controls). In a grid, the days with nothing to announce but their date are
 * not listed one by one: one line counts them, `… 29 other days, 4 blank cells`.
 *
 * The same rules turn an engine's accessibility tree (src/test/commands.ts) and a written expectation
 * (expectations.ts) into lines, leaving out the states that the engine's driver cannot read, so that the two
 * compare line by line.
 */
import type { AxNode } from '../commands.js';

/** The roles listed: what a person meets when moving through the element (not text runs or list items). */
export const LISTED_ROLES = new Set([
  'heading',
  'navigation',
  'region',
  'group',
  'button',
  'link',
  'grid',
  'columnheader',
  'gridcell',
]);

export interface Entry {
  depth: number;
  role: string;
  name: string;
  states: Record<string, string | number | boolean>;
}

/** The grid's cells that are counted, not listed. */
const SUMMARY = /^… (\d+) other days, (\d+) blank cells$/;

/** Flattens an accessibility tree to the listed roles, depth-first, in the order a screen reader reads. */
export function entriesOf(tree: AxNode): Entry[] {
  const out: Entry[] = [];
  const walk = (n: AxNode, depth: number) => {
    const listed = LISTED_ROLES.has(n.role);
    if (listed) out.push({ depth, role: n.role, name: n.name.replace(/\s+/g, ' ').trim(), states: { ...n.states } });
    for (const c of n.children) walk(c, listed ? depth + 1 : depth);
  };
  for (const c of tree.children) walk(c, 0);
  return out;
}

/** Reads a written line back into an entry (the name is what lies between the role and the known states). */
export function parseLine(line: string): Entry {
  const depth = (line.length - line.trimStart().length) / 2;
  let rest = line.trim();
  const summary = SUMMARY.exec(rest);
  if (summary) return { depth, role: 'summary', name: rest, states: {} };
  const states: Entry['states'] = {};
  const controls = /, controls (\S+) “([^”]*)”$/.exec(rest);
  if (controls) {
    states.controls = `${controls[1]}, ${controls[2]}`;
    rest = rest.slice(0, controls.index);
  }
  const parts = rest.split(', ');
  const role = parts.shift() ?? '';
  for (;;) {
    const last = parts[parts.length - 1];
    if (last === undefined) break;
    if (last === 'expanded' || last === 'collapsed') states.expanded = last === 'expanded';
    else if (last === 'selected' || last === 'focused') states[last] = true;
    else if (last.startsWith('current ')) states.current = last.slice('current '.length);
    else if (/^level \d$/.test(last)) states.level = Number(last.slice(6));
    else break;
    parts.pop();
  }
  return { depth, role, name: parts.join(', '), states };
}

function lineOf(e: Entry): string {
  if (e.role === 'summary') return `${'  '.repeat(e.depth)}${e.name}`;
  const s = e.states;
  const words = [e.role, e.name];
  if (s.level !== undefined) words.push(`level ${s.level}`);
  if (s.expanded !== undefined) words.push(s.expanded ? 'expanded' : 'collapsed');
  if (s.selected) words.push('selected');
  if (s.current !== undefined) words.push(`current ${s.current}`);
  if (s.focused) words.push('focused');
  let line = words.filter((w) => w !== '').join(', ');
  if (typeof s.controls === 'string') {
    const [role, ...name] = s.controls.split(', ');
    line += `, controls ${role} “${name.join(', ')}”`;
  }
  return `${'  '.repeat(e.depth)}${line}`;
}

/**
 * The lines of `entries` as an engine can report them: the states it cannot read are dropped, and in each grid the
 * cells with nothing but a date to say (no state, no holiday: the name has no " — ") are counted on one line after
 * the listed ones.
 */
export function linesFor(entries: Entry[], unsupported: readonly string[]): string[] {
  const out: Entry[] = [];
  let grid: { depth: number; days: number; blank: number } | null = null;
  const closeGrid = () => {
    if (grid)
      out.push({
        depth: grid.depth + 1,
        role: 'summary',
        name: `… ${grid.days} other days, ${grid.blank} blank cells`,
        states: {},
      });
    grid = null;
  };
  for (const e of entries) {
    const states = Object.fromEntries(Object.entries(e.states).filter(([k]) => !unsupported.includes(k)));
    if (grid && e.depth <= grid.depth) closeGrid();
    if (e.role === 'summary') {
      // A written count: its cells are added to the grid's count (a listed cell may join them where a state is dropped).
      const [, days, blank] = SUMMARY.exec(e.name)!;
      if (grid) {
        grid.days += Number(days);
        grid.blank += Number(blank);
      }
      continue;
    }
    if (e.role === 'gridcell' && grid && Object.keys(states).length === 0 && !e.name.includes(' — ')) {
      if (e.name === '') grid.blank++;
      else grid.days++;
      continue;
    }
    out.push({ ...e, states });
    if (e.role === 'grid') grid = { depth: e.depth, days: 0, blank: 0 };
  }
  closeGrid();
  return out.map(lineOf);
}

/** Written lines, as the engine would report them. */
export function expectedLines(lines: readonly string[], unsupported: readonly string[]): string[] {
  return linesFor(lines.map(parseLine), unsupported);
}

/** The engine's tree, as lines. */
export function actualLines(tree: AxNode, unsupported: readonly string[]): string[] {
  return linesFor(entriesOf(tree), unsupported);
}
