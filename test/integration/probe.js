// Browser-side helpers of the integration run, evaluated in each test page (as `window.__mes`), which holds the
// elements' tags (`TAGS`, from the registry) when this runs.
// Plain DOM reading only: they never write markup or inline styles into the page.
(() => {
  const { TAGS } = window.__mes;
  const SELECTOR = TAGS.join(',');

  /** Every element matching `selector` in `root` and in every shadow root below it. */
  function deepAll(root, selector) {
    const out = [];
    const walk = (r) => {
      for (const el of r.querySelectorAll(selector)) out.push(el);
      for (const el of r.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(root);
    return out;
  }

  /** The focused element, through shadow roots. */
  function deepActive() {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a;
  }

  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r))));

  /** Waits until every element (nested ones too) is defined and has rendered its current state. */
  async function ready(root = document) {
    // (The guard's timer is cleared once the elements are defined: a check that counts the page's pending timers
    // must not see it, nor see it go when the check outlasts it.)
    let guard;
    try {
      await Promise.race([
        Promise.all(TAGS.map((t) => customElements.whenDefined(t))),
        new Promise((_, reject) => {
          guard = setTimeout(
            () => reject(new Error('the elements were not defined within 30 s: did the library load?')),
            30000,
          );
        }),
      ]);
    } finally {
      clearTimeout(guard);
    }
    let count = -1;
    for (let round = 0; round < 20; round++) {
      const els = deepAll(root, SELECTOR);
      await Promise.all(els.map((e) => e.updateComplete));
      await frame();
      const again = deepAll(root, SELECTOR);
      if (again.length === count && again.every((e) => e.hasUpdated && !e.isUpdatePending)) return again.length;
      count = again.length;
    }
    throw new Error('the elements did not settle');
  }

  /** Whether an element is rendered and can be seen (not display:none, not visibility:hidden, not 0×0). */
  function shown(el) {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  }

  /** Visually hidden on purpose (the "sr-only" pattern: 1×1 px, clipped). */
  function srOnly(el) {
    for (let n = el; n && n.nodeType === 1; n = n.parentElement ?? n.getRootNode().host) {
      const r = n.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) return true;
      if (n.classList?.contains('sr-only')) return true;
    }
    return false;
  }

  /** The visible text of an element, read through shadow roots, whitespace collapsed. */
  function visibleText(node) {
    const parts = [];
    const walk = (n) => {
      if (n.nodeType === 3) {
        parts.push(n.data);
        return;
      }
      if (n.nodeType !== 1 && n.nodeType !== 11) return;
      if (n.nodeType === 1) {
        const style = getComputedStyle(n);
        if (style.display === 'none' || style.visibility === 'hidden') return;
        if (n.shadowRoot) {
          n.shadowRoot.childNodes.forEach(walk);
          return;
        }
      }
      n.childNodes.forEach(walk);
    };
    walk(node);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  /** The text nodes shown by an element (through shadow roots), each with its screen rectangles. */
  function textBoxes(host) {
    const boxes = [];
    const walk = (n) => {
      if (n.nodeType === 3) {
        if (!n.data.trim()) return;
        const parent = n.parentElement;
        if (!parent || !shown(parent) || srOnly(parent)) return;
        const range = document.createRange();
        range.selectNodeContents(n);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
        if (rects.length) boxes.push({ node: n, parent, rects, text: n.data.trim().slice(0, 40) });
        return;
      }
      if (n.nodeType === 1 && getComputedStyle(n).display === 'none') return;
      if (n.shadowRoot) n.shadowRoot.childNodes.forEach(walk);
      n.childNodes.forEach(walk);
    };
    walk(host);
    return boxes;
  }

  /** The element's ancestors up to (not including) `top`, crossing shadow roots. */
  function ancestors(el, top) {
    const out = [];
    for (let n = el; n && n !== top; n = n.parentElement ?? n.getRootNode().host) out.push(n);
    return out;
  }

  function describe(el) {
    const cls = el.getAttribute('class');
    return `${el.localName}${cls ? '.' + cls.trim().split(/\s+/).join('.') : ''}`;
  }

  /**
   * What is wrong with how an element is laid out: not visible, wider than the viewport, text cut off by
   * a box that hides its overflow, or text drawn over other text. Returns a list of problems.
   */
  function layoutProblems(host) {
    const problems = [];
    const tag = host.localName;
    if (!shown(host)) return [`<${tag}> is not visible`];
    const vw = document.documentElement.clientWidth;
    const hr = host.getBoundingClientRect();
    if (hr.right > vw + 0.5 || hr.left < -0.5)
      problems.push(`<${tag}> spans ${Math.round(hr.left)}–${Math.round(hr.right)} px in a ${vw} px viewport`);
    const boxes = textBoxes(host);
    if (boxes.length === 0) problems.push(`<${tag}> shows no text`);
    for (const b of boxes) {
      for (const r of b.rects) {
        if (r.right > vw + 0.5 || r.left < -0.5) {
          problems.push(
            `"${b.text}" (${describe(b.parent)}) runs out of the ${vw} px viewport (${Math.round(r.left)}–${Math.round(r.right)})`,
          );
          break;
        }
      }
      // Cut off by an ancestor that hides its overflow?
      for (const a of ancestors(b.parent, host)) {
        const s = getComputedStyle(a);
        const clipsX = s.overflowX !== 'visible';
        const clipsY = s.overflowY !== 'visible';
        if (!clipsX && !clipsY) continue;
        if (srOnly(a)) break;
        const ar = a.getBoundingClientRect();
        const cut = b.rects.some(
          (r) =>
            (clipsX && (r.left < ar.left - 1 || r.right > ar.right + 1)) ||
            (clipsY && (r.top < ar.top - 1 || r.bottom > ar.bottom + 1)),
        );
        if (cut) {
          problems.push(`"${b.text}" is cut off by ${describe(a)} (overflow ${s.overflowX}/${s.overflowY})`);
          break;
        }
      }
    }
    // Text over other text.
    const flat = [];
    boxes.forEach((b, i) => b.rects.forEach((r) => flat.push({ i, r, b })));
    let overlaps = 0;
    for (let x = 0; x < flat.length && overlaps < 5; x++) {
      for (let y = x + 1; y < flat.length && overlaps < 5; y++) {
        const p = flat[x];
        const q = flat[y];
        if (p.i === q.i) continue;
        const w = Math.min(p.r.right, q.r.right) - Math.max(p.r.left, q.r.left);
        const h = Math.min(p.r.bottom, q.r.bottom) - Math.max(p.r.top, q.r.top);
        if (w > 2 && h > Math.max(2, 0.3 * Math.min(p.r.height, q.r.height))) {
          overlaps++;
          problems.push(`"${p.b.text}" (${describe(p.b.parent)}) overlaps "${q.b.text}" (${describe(q.b.parent)})`);
        }
      }
    }
    return problems;
  }

  /** Whether the document scrolls sideways. */
  function horizontalScroll() {
    const el = document.scrollingElement ?? document.documentElement;
    return el.scrollWidth > el.clientWidth + 1
      ? `the page is ${el.scrollWidth} px wide in a ${el.clientWidth} px viewport`
      : null;
  }

  /** The top-level elements of the page (those in the document itself, not inside another element). */
  function topLevel() {
    return [...document.querySelectorAll(SELECTOR)];
  }

  /** The computed font size (px) of each top-level element's heading. */
  function headingSizes() {
    return topLevel().map((e) =>
      parseFloat(getComputedStyle(e.shadowRoot.querySelector('[part~="heading"]')).fontSize),
    );
  }

  /**
   * Targets smaller than 24 × 24 CSS px (WCAG 2.5.8, with no use of its spacing exception): every link, button,
   * summary and focusable cell shown in a shadow root under the page.
   */
  function smallTargets() {
    const out = [];
    for (const el of deepAll(document, 'a[href], button, summary, [tabindex]')) {
      if (!(el.getRootNode() instanceof ShadowRoot) || !shown(el)) continue;
      for (const box of [el.getBoundingClientRect()]) {
        if (box.width < 23.5 || box.height < 23.5)
          out.push(
            `${el.getRootNode().host.localName} ${describe(el)} "${visibleText(el).slice(0, 30)}" is ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`,
          );
      }
    }
    return out;
  }

  /** Every link's href in every shadow root under the page. */
  function linkHrefs() {
    return deepAll(document, 'a[href]').map((a) => a.getAttribute('href'));
  }

  /** Elements in shadow roots that run a transition or an animation. */
  function moving() {
    const out = [];
    for (const el of deepAll(document, '*')) {
      if (!(el.getRootNode() instanceof ShadowRoot)) continue;
      const s = getComputedStyle(el);
      const t = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
      const a = s.animationName !== 'none' && s.animationDuration.split(',').some((d) => parseFloat(d) > 0);
      if (t || a)
        out.push(
          `${el.getRootNode().host.localName} ${describe(el)}${t ? ' transition ' + s.transitionDuration : ''}${a ? ' animation ' + s.animationName : ''}`,
        );
    }
    return out;
  }

  /** Relative luminance of a computed `rgb()`/`rgba()`/`color(srgb …)` colour (null for transparent or unknown). */
  function luminance(color) {
    let r, g, b, a;
    const rgb = color.match(/rgba?\(([^)]+)\)/);
    const srgb = color.match(/color\(srgb ([^)]+)\)/);
    if (rgb)
      [r, g, b, a = 1] = rgb[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
    else if (srgb)
      [r, g, b, a = 1] = srgb[1]
        .split(/[ /]+/)
        .filter(Boolean)
        .map((x, i) => (i < 3 ? Number(x) * 255 : Number(x)));
    else return null;
    if (a === 0) return null;
    const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  }

  window.__mes = {
    TAGS,
    SELECTOR,
    deepAll,
    deepActive,
    frame,
    ready,
    shown,
    visibleText,
    layoutProblems,
    horizontalScroll,
    topLevel,
    headingSizes,
    linkHrefs,
    smallTargets,
    moving,
    luminance,
  };
})();
