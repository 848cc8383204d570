// @web/test-runner-visual-regression 0.10.0 ships its browser types as browser/commands.d.ts, but its index.d.ts
// re-exports './browser/commands.mjs', which TypeScript resolves to a .d.mts that is not there. The one function used:
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the baseline `name` (the test fails on a difference). */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
