/** What the test files of <mes-structure-nav> share: the menu ids, the ways to read it, opening a menu. */
import type { MesStructureNav } from './mes-structure-nav.js';

export const CENTRAL = 'central-office';
export const SUBORDINATE = 'subordinate-units';
export const TERRITORIAL = 'territorial-departments';

export const root = (el: MesStructureNav) => el.shadowRoot!;
export const topHeading = (el: MesStructureNav) => root(el).querySelector<HTMLElement>('[part="heading"]')!;
export const nav = (el: MesStructureNav) => root(el).querySelector('nav')!;
export const buttons = (el: MesStructureNav) => [
  ...root(el).querySelectorAll<HTMLButtonElement>('button[part~="button"]'),
];
export const button = (el: MesStructureNav, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`button[part~="button"][data-menu="${id}"]`)!;
/** The panel a button controls, found through its aria-controls (as assistive technology does). */
export const panelOf = (el: MesStructureNav, id: string) =>
  root(el).getElementById(button(el, id).getAttribute('aria-controls')!) as HTMLElement;
export const closeOf = (el: MesStructureNav, id: string) =>
  panelOf(el, id).querySelector<HTMLButtonElement>('button[part="close"]')!;
export const links = (scope: ParentNode) => [...scope.querySelectorAll<HTMLAnchorElement>('a')];
export const focused = (el: MesStructureNav) => root(el).activeElement;
export const isShown = (node: Element) => !(node as HTMLElement).hidden && getComputedStyle(node).display !== 'none';

/** The accessible name a control gets from its content (what is not aria-hidden), whitespace collapsed. */
export function nameFromContent(node: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return;
    if (n instanceof Text) parts.push(n.data);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * A short description of a node, for assertions: comparing elements themselves makes a failing
 * assertion try to serialise the whole DOM, which stalls the test runner instead of failing.
 */
export function describeNode(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const id = node.id ? `#${node.id}` : '';
  const menu = node.getAttribute('data-menu') ? `[data-menu=${node.getAttribute('data-menu')}]` : '';
  const part = node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : '';
  const href = node.getAttribute('href') ? `[href=${node.getAttribute('href')}]` : '';
  return `${node.localName}${id}${menu}${part}${href} "${(node.textContent ?? '').trim().slice(0, 40)}"`;
}

/**
 * Waits for the colour transitions a change started (0.15 s on the buttons): axe must measure the colours a person
 * reads, not a frame of the fade (Firefox was measured mid-fade).
 */
export async function transitionsEnded(el: MesStructureNav) {
  await Promise.all(
    root(el)
      .getAnimations()
      .map((a) => a.finished.catch(() => undefined)),
  );
}

export async function open(el: MesStructureNav, id: string) {
  button(el, id).click();
  await el.updateComplete;
}
