/** The URL schemes a link may use. Anything else (`javascript:`, `data:`…) is refused. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Whether a URL (absolute, or relative to the page) uses a scheme that is safe to link to. */
export function isSafeUrl(value: string): boolean {
  try {
    // Relative URLs resolve against the page; where there is no page (prerendering), against a stand-in.
    const base = typeof document === 'undefined' ? 'https://localhost/' : document.baseURI;
    return SAFE_SCHEMES.has(new URL(value, base).protocol);
  } catch {
    return false;
  }
}
