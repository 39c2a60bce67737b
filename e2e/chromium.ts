/**
 * Debian's Chromium as every browser test here starts it: Playwright's projects, the durability
 * tests that spawn it themselves, and the bench. Without the background-networking flags it keeps
 * trying hosts this closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
