/** A `data:` URL holding JSON, for stories that load content through `src`. */
export function jsonDataUrl(value: unknown): string {
  return `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;
}
