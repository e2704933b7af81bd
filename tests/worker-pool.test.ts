/**
 * The build's job queue (src/lib/workerPool.ts) with its real worker thread: a page that needs a
 * job no worker has started does it itself, and while the worker does its job, the page does
 * others from the back of the queue; every job gives the same result wherever it runs.
 */
import { describe, expect, test } from 'vitest';
import { citePage } from '../src/lib/citePage.mjs';
import { runOnWorker, settle } from '../src/lib/workerPool';

type Page = Parameters<typeof citePage>[0];
const pages: Page[] = Array.from({ length: 30 }, (_, i) => ({ title: `Summit ${i}`, url: `https://example.org/events/summit-${i}/`, author: 'Atlas', updated: '2026-01-02' }));

describe('workerPool: settle', () => {
  test('a job no worker has started is done on this thread; one the worker has is awaited while this thread takes others from the back', async () => {
    // The worker is handed the first two jobs at once (one running, one ready); the rest wait here.
    const queued = pages.map((p) => runOnWorker<ReturnType<typeof citePage>>('cite', p, p.url, 'soon'));
    const here: string[] = [];
    const run = (input: unknown) => {
      here.push((input as Page).title);
      return citePage(input as Page);
    };

    expect(await settle(queued[20]!, run)).toEqual(citePage(pages[20]!));
    expect(here).toEqual(['Summit 20']);

    // Without a task to run here, the job moves to the front of the worker's queue.
    expect(await settle(queued[25]!)).toEqual(citePage(pages[25]!));
    expect(here).toEqual(['Summit 20']);

    here.length = 0;
    expect(await settle(queued[0]!, run)).toEqual(citePage(pages[0]!));
    // Helped from the back, never with a job the worker had, nor twice with one.
    expect(here[0]).toBe('Summit 29');
    expect(here).not.toContain('Summit 0');
    expect(here).not.toContain('Summit 1');
    expect(here).not.toContain('Summit 25');
    expect(new Set(here).size).toBe(here.length);

    const all = await Promise.all(queued.map((q) => settle(q, run)));
    expect(all).toEqual(pages.map((p) => citePage(p)));
    expect(new Set(here).size).toBe(here.length);
  });
});
