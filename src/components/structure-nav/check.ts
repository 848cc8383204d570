/** The check of `<mes-structure-nav>` content overrides (a chunk of its own: only pages that give content load it). */
import type { StructureContent, StructureMenuContent, UnitContent, UnitGroupContent } from '../../content/types.js';
import { list, object, schemaOf, text, url, type Check } from '../../content/validate.js';
import { sourceCheck } from '../../content/source-check.js';

/** One unit: its name is required; a `url` that is not http:, https: or mailto: is refused (the unit stays, as text). */
export const unitCheck: Check<UnitContent> = object<UnitContent>({ name: text, url }, ['name']) as Check<UnitContent>;

/** A group of units: a non-empty list of units, and a title (none where the menu is one list). */
export const groupCheck: Check<UnitGroupContent> = object<UnitGroupContent>({ title: text, items: list(unitCheck) }, [
  'items',
]) as Check<UnitGroupContent>;

/** One menu: an id, a title and a non-empty list of groups. */
export const menuCheck: Check<StructureMenuContent> = object<StructureMenuContent>(
  { id: text, title: text, groups: list(groupCheck) },
  ['id', 'title', 'groups'],
) as Check<StructureMenuContent>;

/**
 * A non-empty list of menus with distinct ids. A menu whose id an earlier menu already uses is
 * dropped and reported (its panel could not be told apart from the other one).
 */
export const menusCheck: Check<StructureMenuContent[]> = (value, path, problems) => {
  const menus = list(menuCheck)(value, path, problems);
  if (menus === undefined) return undefined;
  const seen = new Set<string>();
  const out: StructureMenuContent[] = [];
  for (const menu of menus) {
    if (seen.has(menu.id)) {
      problems.push(`${path || 'menus'}: more than one menu has the id "${menu.id}"; only the first is shown`);
      continue;
    }
    seen.add(menu.id);
    out.push(menu);
  }
  return out;
};
/** As JSON Schema: a non-empty list of menus (that ids are distinct cannot be said in JSON Schema; the element reports it). */
menusCheck.schema = () => ({
  ...schemaOf(list(menuCheck)),
  description:
    'The menus, in order. Each menu needs an id of its own: a menu whose id an earlier one uses is not shown.',
});

/** The check of a `<mes-structure-nav>` override: `{ title?, menus? }`. */
export const structureContentCheck: Check<Partial<StructureContent>> = object<StructureContent>({
  source: sourceCheck,
  title: text,
  menus: menusCheck,
});
