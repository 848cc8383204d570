/**
 * A test-runner command that makes the browser page act as if it were in another time zone:
 * `await executeServerCommand('emulate-timezone', { timeZone: 'America/New_York' })` (null resets it).
 * Works with the Chromium launcher (puppeteer's `page.emulateTimezone`).
 */
export function timezonePlugin() {
  return {
    name: 'emulate-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.emulateTimezone) {
        throw new Error(`emulate-timezone is not supported by ${session.browser.name}`);
      }
      await page.emulateTimezone(payload?.timeZone ?? undefined);
      return true;
    },
  };
}
