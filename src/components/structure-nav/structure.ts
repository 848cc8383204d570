/**
 * The pure logic of `<mes-structure-nav>`: the small rules that decide which menu is open. Plain functions,
 * no DOM rendering, no Lit. (The check of its content overrides is in check.ts.)
 */
import type { StructureMenuContent, UnitContent } from '../../content/types.js';
import { isSafeUrl } from '../../content/url.js';

/** The link target of a unit, or `undefined` when it has none or it is not a safe (http:, https:, mailto:) URL. */
export function unitHref(unit: UnitContent): string | undefined {
  return unit.url !== undefined && isSafeUrl(unit.url) ? unit.url : undefined;
}

/** The menu that a requested id opens, or `null` (none, or an id that no menu has). */
export function openMenu(
  menus: readonly StructureMenuContent[],
  id: string | null | undefined,
): StructureMenuContent | null {
  if (id == null || id === '') return null;
  return menus.find((menu) => menu.id === id) ?? null;
}

/** The open menu after its button was pressed: the same id closes it, another id replaces it (one at a time). */
export function toggled(current: string | null, pressed: string): string | null {
  return current === pressed ? null : pressed;
}
