/**
 * The test-runner command `accessibility-tree` `{ selector }`: what the browser gives assistive technology for the
 * element `selector` finds in the test page (a CSS selector on the light DOM; its shadow roots are read through),
 * read from the engine's own accessibility tree, not from the DOM:
 *
 * - Chromium: the full accessibility tree over CDP (`Accessibility.getFullAXTree`), the tree Chromium hands to
 *   platform screen-reader APIs. CDP has no property for `aria-current`: that state is reported `unsupported`.
 * - Firefox: the accessibility service of the browser's privileged scope (`nsIAccessibilityService`, the tree Firefox
 *   gives NVDA, JAWS and Orca), reached over WebDriver BiDi through `-remote-allow-system-access` (browsers.mjs).
 * - WebKit: WebKitGTK's WebDriver (classic) has no accessibility tree and no states, only each element's computed
 *   role and label (`GET …/computedrole`, `…/computedlabel`): the elements that carry a role are found in the DOM,
 *   and their role and name are WebKit's own. States and relations are reported `unsupported`.
 *
 * Answer: `{ engine, tree, unsupported }`, `tree` a node `{ role, name, states, children }` with ARIA role names
 * and the states `expanded`, `selected`, `current`, `focused`, `level`, `controls` (the role and name of what it
 * controls), where the engine has them. Generic containers, text runs and nodes hidden from assistive technology
 * are left out; their children take their place.
 */

/** @typedef {{ role: string, name: string, states: Record<string, string | number | boolean>, children: AxNode[] }} AxNode */

/** Roles that are only containers or text: their children take their place. */
const TRANSPARENT = new Set([
  '',
  'none',
  'presentation',
  'generic',
  'StaticText',
  'InlineTextBox',
  'LineBreak',
  'text leaf',
  'text',
  'whitespace',
  'section',
  'LayoutTableRow',
  'LayoutTableCell',
  'LayoutTable',
]);

// --- Chromium -------------------------------------------------------------------------------------------------

const CHROMIUM_STATES = ['expanded', 'selected', 'focused', 'level'];

async function chromiumTree(page, selector) {
  const client = await page.createCDPSession();
  try {
    await client.send('DOM.enable');
    await client.send('Accessibility.enable');
    const { root } = await client.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`accessibility-tree: no element matches ${selector}`);
    const { node } = await client.send('DOM.describeNode', { nodeId });
    const { nodes } = await client.send('Accessibility.getFullAXTree', {});
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const byBackend = new Map(nodes.filter((n) => n.backendDOMNodeId).map((n) => [n.backendDOMNodeId, n]));
    const start = byBackend.get(node.backendNodeId);
    if (!start) throw new Error(`accessibility-tree: ${selector} is not in Chromium's accessibility tree`);
    const value = (v) => (v === undefined ? undefined : v.value);
    const convert = (n) => {
      const children = (n.childIds ?? []).flatMap((id) => (byId.has(id) ? convert(byId.get(id)) : []));
      const role = value(n.role) ?? '';
      if (n.ignored || TRANSPARENT.has(role)) return children;
      const states = {};
      for (const p of n.properties ?? []) {
        if (CHROMIUM_STATES.includes(p.name)) states[p.name] = p.value.value;
        if (p.name === 'controls') {
          const target = (p.value.relatedNodes ?? []).map((r) => byBackend.get(r.backendDOMNodeId)).find(Boolean);
          if (target) states.controls = `${value(target.role)}, ${value(target.name) ?? ''}`;
        }
      }
      // Chromium reports `selected: false` on every selectable cell; only a selection is news.
      if (states.selected === false) delete states.selected;
      if (states.focused === false) delete states.focused;
      return [{ role, name: value(n.name) ?? '', states, children }];
    };
    const tree = convert(start);
    return { engine: 'chromium', tree: wrap(tree), unsupported: ['current'] };
  } finally {
    await client.detach();
  }
}

// --- Firefox --------------------------------------------------------------------------------------------------

/** Firefox's role names (nsIAccessibilityService.getStringRole) → ARIA's, where they differ. */
const FIREFOX_ROLES = {
  pushbutton: 'button',
  'grid cell': 'gridcell',
  'column header': 'columnheader',
  'row header': 'rowheader',
  grouping: 'group',
  listitem: 'listitem',
  table: 'table',
  row: 'row',
  landmark: 'navigation',
  paragraph: 'paragraph',
  graphic: 'image',
  'internal frame': 'iframe',
  document: 'document',
  label: 'label',
};

/**
 * Runs in Firefox's privileged (parent-process) scope: finds the test page's document accessible through the tab's
 * <browser> element and walks the accessibility tree that Firefox caches there from the content process.
 */
const FIREFOX_WALK = `(async (tabId) => {
  const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
  const tab = NavigableManager.getBrowsingContextById(tabId);
  if (!tab) throw new Error('no browsing context ' + tabId);
  const service = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
  const browser = tab.top.embedderElement;
  const attr = (acc, name) => { try { return acc.attributes.getStringProperty(name); } catch { return undefined; } };
  let doc = null;
  for (let i = 0; i < 100 && !doc; i++) {
    const outer = service.getAccessibleFor(browser);
    const d = outer && outer.firstChild;
    if (d && d.role === Ci.nsIAccessibleRole.ROLE_DOCUMENT && !(() => { const s = {}, e = {}; d.getState(s, e); return s.value & Ci.nsIAccessibleStates.STATE_BUSY; })()) doc = d;
    else await new Promise((r) => setTimeout(r, 50));
  }
  if (!doc) throw new Error('Firefox gave the test page no accessible document');
  const walk = (acc) => {
    const state = {}, extra = {};
    acc.getState(state, extra);
    const states = [...service.getStringStates(state.value, extra.value)];
    const relation = acc.getRelationByType(Ci.nsIAccessibleRelation.RELATION_CONTROLLER_FOR);
    const controls = [];
    for (let i = 0; i < relation.targetsCount; i++) {
      const t = relation.getTarget(i);
      controls.push({ role: service.getStringRole(t.role), xmlRoles: attr(t, 'xml-roles'), name: t.name ?? '' });
    }
    const children = [];
    for (let c = acc.firstChild; c; c = c.nextSibling) children.push(walk(c));
    return {
      role: service.getStringRole(acc.role),
      xmlRoles: attr(acc, 'xml-roles'),
      name: acc.name ?? '',
      states,
      current: attr(acc, 'current'),
      level: attr(acc, 'level'),
      controls,
      children,
    };
  };
  return JSON.stringify(walk(doc));
})`;

/** The ARIA role of a Firefox accessible: its `xml-roles` (the role attribute) when it has one, else the mapped role. */
function firefoxRole(n) {
  const aria = n.xmlRoles?.split(/\s+/)[0];
  if (aria) return aria;
  if (n.role === 'heading') return 'heading';
  if (n.role === 'landmark') return 'navigation';
  return FIREFOX_ROLES[n.role] ?? n.role;
}

function convertFirefox(n) {
  const children = n.children.flatMap(convertFirefox);
  const role = firefoxRole(n);
  if (TRANSPARENT.has(role) || TRANSPARENT.has(n.role)) return children;
  const states = {};
  if (n.states.includes('expanded')) states.expanded = true;
  else if (n.states.includes('collapsed')) states.expanded = false;
  if (n.states.includes('selected')) states.selected = true;
  if (n.states.includes('focused')) states.focused = true;
  if (n.current && n.current !== 'false') states.current = n.current;
  if (role === 'heading' && n.level) states.level = Number(n.level);
  const target = n.controls[0];
  if (target) states.controls = `${firefoxRole(target)}, ${target.name}`;
  return [{ role, name: n.name.replace(/\s+/g, ' ').trim(), states, children }];
}

/** The node named `marker` (the element the test asked about, named for the time of the reading). */
function findNamed(nodes, marker) {
  for (const n of nodes) {
    if (n.name === marker) return n;
    const f = findNamed(n.children, marker);
    if (f) return f;
  }
  return null;
}

async function firefoxTree(page, selector, chromeContext) {
  const connection = page.browser().connection;
  // The custom element itself is a generic container that Firefox leaves out of its tree: for the time of the
  // reading it is a region with a unique name, so that its subtree can be found; its own node is not reported.
  const marker = `accessibility-tree-root-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const saved = await page.evaluate(
    (sel, name) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const before = { role: el.getAttribute('role'), label: el.getAttribute('aria-label') };
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', name);
      return before;
    },
    selector,
    marker,
  );
  if (!saved) throw new Error(`accessibility-tree: no element matches ${selector}`);
  // Firefox reports the focus to its accessibility tree only in the active window.
  await page.bringToFront();
  try {
    // The content process sends its tree (and its changes: focus, states) to the parent process in batches: read
    // until the marker is there and two readings in a row agree.
    let previous = null;
    for (let attempt = 0; attempt < 60; attempt++) {
      const { result } = await connection.send('script.evaluate', {
        expression: `${FIREFOX_WALK}(${JSON.stringify(page.mainFrame()._id)})`,
        target: { context: chromeContext },
        awaitPromise: true,
      });
      if (result.type === 'exception') {
        throw new Error(`Firefox accessibility tree: ${result.exceptionDetails?.text ?? 'failed'}`);
      }
      const found = findNamed(convertFirefox(JSON.parse(result.result.value)), marker);
      const reading = found && JSON.stringify(found.children);
      if (found && reading === previous) return { engine: 'firefox', tree: wrap(found.children), unsupported: [] };
      previous = reading;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`accessibility-tree: ${selector} did not reach Firefox's accessibility tree`);
  } finally {
    await page.evaluate(
      (sel, before) => {
        const el = document.querySelector(sel);
        if (!el) return;
        for (const [name, value] of [
          ['role', before.role],
          ['aria-label', before.label],
        ]) {
          if (value === null) el.removeAttribute(name);
          else el.setAttribute(name, value);
        }
      },
      selector,
      saved,
    );
  }
}

// --- WebKit ---------------------------------------------------------------------------------------------------

/** The elements that carry a role, in document order through open shadow roots, with their depth. */
function webkitCandidates(selector) {
  const root = document.querySelector(selector);
  if (!root) return null;
  const WANTED =
    'button, a[href], table, th, td, h1, h2, h3, h4, h5, h6, nav, [role="grid"], [role="group"], [role="gridcell"]';
  const found = [];
  const shown = (el) =>
    typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
  const walk = (node, depth) => {
    for (const child of node.children) {
      if (child.getAttribute('aria-hidden') === 'true' || child.hidden) continue;
      const isWanted = child.matches(WANTED) && (child.localName === 'td' || shown(child));
      if (isWanted) found.push({ element: child, depth });
      const next = isWanted ? depth + 1 : depth;
      if (child.shadowRoot) walk(child.shadowRoot, next);
      walk(child, next);
    }
  };
  walk(root.shadowRoot ?? root, 0);
  return found;
}

async function webkitTree(browser, sessionId, selector) {
  const driver = browser.driver;
  // webdriverio returns elements as { 'element-6066-11e4-a52e-4f735466cecf': id }.
  const found = await driver.execute(webkitCandidates, selector);
  if (!found) throw new Error(`accessibility-tree: no element matches ${selector}`);
  const elementId = (ref) => ref['element-6066-11e4-a52e-4f735466cecf'] ?? ref.ELEMENT;
  const flat = [];
  for (const { element, depth } of found) {
    const id = elementId(element);
    const role = await driver.getElementComputedRole(id);
    const name = await driver.getElementComputedLabel(id);
    flat.push({
      depth,
      node: { role: role ?? '', name: (name ?? '').replace(/\s+/g, ' ').trim(), states: {}, children: [] },
    });
  }
  // Rebuild the nesting from the depths.
  const top = [];
  const stack = [];
  for (const { depth, node } of flat) {
    stack.length = depth;
    (depth === 0 ? top : (stack[depth - 1]?.children ?? top)).push(node);
    stack[depth] = node;
  }
  const cleaned = (nodes) =>
    nodes.flatMap((n) => (TRANSPARENT.has(n.role) ? cleaned(n.children) : [{ ...n, children: cleaned(n.children) }]));
  return {
    engine: 'webkit',
    tree: wrap(cleaned(top)),
    unsupported: ['expanded', 'selected', 'current', 'focused', 'level', 'controls'],
  };
}

/** The element's own accessible nodes under one root node. */
function wrap(children) {
  return { role: 'root', name: '', states: {}, children: children.map(strip) };
}

function strip(n) {
  return { role: n.role, name: n.name, states: n.states, children: n.children.map(strip) };
}

export async function accessibilityTree({ payload, session, engine, firefoxChromeContext }) {
  const selector = payload?.selector;
  if (typeof selector !== 'string' || !selector) throw new Error('accessibility-tree: give { selector }');
  switch (engine) {
    case 'chromium':
      return chromiumTree(session.browser.getPage(session.id), selector);
    case 'firefox': {
      const context = await firefoxChromeContext(session.browser.getPage(session.id).browser());
      if (context.reason) return { engine, unavailable: context.reason };
      return firefoxTree(session.browser.getPage(session.id), selector, context.id);
    }
    case 'webkit':
      return webkitTree(session.browser, session.id, selector);
    default:
      return { engine, unavailable: `${session.browser.name} has no accessibility tree the tests can read` };
  }
}
