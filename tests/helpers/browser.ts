import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { createSiteServer } from '../../scripts/serve.mjs';

/**
 * A Chromium to test with: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or the build shipped in
 * the @sparticuz/chromium npm package. Never skips: no Chromium is an error that says what to do.
 */
export async function findChromium(): Promise<{ path: string; args: string[] }> {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return { path: c, args: [] };
  try {
    const packaged = '@sparticuz/chromium'; // unpacks its Chromium to /tmp on first use
    const mod = (await import(packaged)) as { default: { executablePath: () => Promise<string>; args: string[] } };
    return { path: await mod.default.executablePath(), args: mod.default.args };
  } catch (e) {
    throw new Error(
      `No Chromium found for the browser tests. Install Debian's (apt-get install chromium), set CHROMIUM_PATH, or let npm install the optional @sparticuz/chromium. (${String(e)})`,
    );
  }
}

export async function launch(): Promise<Browser> {
  const found = await findChromium();
  return chromium.launch({
    executablePath: found.path,
    // Quiet flags: this machine has no network, and Chromium's background services would try it.
    args: [...found.args, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Serve a built site on 127.0.0.1 (a free port) the way `npm start` does. */
export async function serve(dist = 'dist'): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createSiteServer(dist) as Server;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
