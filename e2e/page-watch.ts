import type { Page } from '@playwright/test';

export type Watch = { errors: string[]; requests: string[]; violations: string[] };

/** Collects console errors, page errors, CSP violations and every request (page and workers). */
export async function watch(page: Page): Promise<Watch> {
  const w: Watch = { errors: [], requests: [], violations: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') w.errors.push(msg.text());
  });
  page.on('pageerror', (err) => w.errors.push(String(err)));
  page.context().on('request', (req) => w.requests.push(req.url()));
  await page.exposeFunction('__reportCspViolation', (v: string) => w.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: string) => void })
        .__reportCspViolation;
      void report(`${e.effectiveDirective} blocked ${e.blockedURI}`);
    });
  });
  return w;
}

/**
 * Watches the page and cuts it off the network (offline, and any http(s)/ws(s) request aborted:
 * belt and braces), for the offline single file.
 */
export async function watchOffline(page: Page): Promise<Watch> {
  const w = await watch(page);
  await page.context().setOffline(true);
  await page.context().route(/^(https?|wss?):/, (route) => route.abort());
  return w;
}
