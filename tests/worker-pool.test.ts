/**
 * The build's job queue (src/lib/workerPool.ts) with its real worker thread: a job a page waits
 * for goes ahead of the jobs queued ahead of time, and every job gives the same result as on this
 * thread.
 */
import { describe, expect, test } from 'vitest';
import { citePage } from '../src/lib/citePage.mjs';
import { runOnWorker, settle } from '../src/lib/workerPool';

type Page = Parameters<typeof citePage>[0];
const pages: Page[] = Array.from({ length: 30 }, (_, i) => ({ title: `Summit ${i}`, url: `https://example.org/events/summit-${i}/`, author: 'Atlas', updated: '2026-01-02' }));

describe('workerPool', () => {
  test('a job a page waits for goes to the front of the queue; results are as on this thread', async () => {
    const order: number[] = [];
    // The worker is handed the first two jobs at once (one running, one ready); the rest wait here.
    const queued = pages.map((p, i) => {
      const pending = runOnWorker<ReturnType<typeof citePage>>('cite', p, p.url, 'soon');
      void pending.result.then(() => order.push(i));
      return pending;
    });
    expect(await settle(queued[25]!)).toEqual(citePage(pages[25]!));
    // Done right after the two the worker already had, before the rest queued ahead of it.
    expect(order).toEqual([0, 1, 25]);
    const all = await Promise.all(queued.map((q) => settle(q)));
    expect(all).toEqual(pages.map((p) => citePage(p)));
    expect(order.toSorted((a, b) => a - b)).toEqual(pages.map((_, i) => i));
  });
});
