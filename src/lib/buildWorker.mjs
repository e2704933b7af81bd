// A build worker thread (see workerPool.ts): renders event bodies, draws share cards and formats
// page citations. Plain JavaScript: Node loads it as it is, outside Astro's bundle (and the
// body renderer, TypeScript, with its types stripped).
import { setImmediate as turn } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import { drawCard } from './drawShareCard.mjs';
import { citePage } from './citePage.mjs';

const tasks = {
  card: drawCard,
  cite: citePage,
  body: async ({ entry, cacheDir }) => (await import('./renderBody.ts')).renderBodyToFile(entry, new URL(cacheDir)),
};
const queue = [];
let working = false;

/**
 * One job, then a turn of the event loop: native memory (a card's pixels) is freed by
 * finalisers that run only between turns; jobs run back to back held it all, and a build's
 * worth of cards grew the process by gigabytes and ran at a third of the speed.
 */
async function work() {
  working = true;
  while (queue.length > 0) {
    const { id, task, input } = queue.shift();
    try {
      parentPort.postMessage({ id, result: await tasks[task](input) });
    } catch (error) {
      parentPort.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
    }
    await turn();
  }
  working = false;
}

parentPort?.on('message', (message) => {
  queue.push(message);
  if (!working) void work();
});
