import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * The build's worker threads (src/lib/buildWorker.mjs): event bodies are rendered there while
 * the main thread syncs the rest of the content, share cards and page citations while it renders
 * pages. Astro does both on one thread; on two cores the other one would otherwise sit idle.
 *
 * Jobs wait here, not in the workers' message queues: `now` (a page is waiting for it), then
 * `soon` (bodies; citations, asked ahead in the pages' order), then `later` (share cards, drawn
 * ahead of their routes).
 */
type Priority = 'soon' | 'later';
export type Task = 'card' | 'cite' | 'body';

/** A plain module, loaded by path: Astro's bundle leaves it (and what it imports) alone. */
const WORKER = join(process.cwd(), 'src/lib/buildWorker.mjs');
/** Jobs handed to a worker at once: one running, one ready to start. */
const IN_FLIGHT = 2;

interface Job {
  id: number;
  task: Task;
  input: unknown;
  label: string;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  started: boolean;
}
interface Slot { worker: Worker; busy: number }

/** Each queue is read from `head` on (shifting a 10,000-job array for every job costs seconds). */
const queues: Record<Priority | 'now', { jobs: Job[]; head: number }> = { now: { jobs: [], head: 0 }, soon: { jobs: [], head: 0 }, later: { jobs: [], head: 0 } };
const running = new Map<number, Job>();
let pool: Slot[] | undefined;
let ids = 0;

function start(): Slot[] {
  return Array.from({ length: Math.max(1, availableParallelism() - 1) }, () => {
    const slot: Slot = { worker: new Worker(WORKER), busy: 0 };
    slot.worker.unref();
    slot.worker.on('message', ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
      const job = running.get(id)!;
      running.delete(id);
      if (--slot.busy === 0) slot.worker.unref();
      if (error) job.reject(new Error(`${job.label}: ${error}`));
      else job.resolve(result);
      dispatch();
    });
    // A worker that dies takes the build down with it, rather than leaving work undone.
    slot.worker.on('error', (error: Error) => {
      const queued = Object.values(queues).flatMap((q) => q.jobs.slice(q.head).filter((job) => !job.started));
      for (const job of [...running.values(), ...queued]) job.reject(error);
      running.clear();
      for (const q of Object.values(queues)) q.jobs.length = q.head = 0;
    });
    return slot;
  });
}

/** The next job not yet started, in order of priority. */
function take(): Job | undefined {
  for (const q of Object.values(queues)) {
    while (q.head < q.jobs.length) {
      const job = q.jobs[q.head]!;
      q.jobs[q.head++] = undefined as unknown as Job;
      // A job moved up to `now` is still in its own queue too: skipped there.
      if (!job.started) {
        job.started = true;
        return job;
      }
    }
    q.jobs.length = q.head = 0;
  }
  return undefined;
}

function dispatch() {
  pool ??= start();
  for (const slot of pool) {
    while (slot.busy < IN_FLIGHT) {
      const job = take();
      if (!job) return;
      running.set(job.id, job);
      if (slot.busy++ === 0) slot.worker.ref();
      slot.worker.postMessage({ id: job.id, task: job.task, input: job.input });
    }
  }
}

/** Ends the workers; for when no job is pending (the content sync: its module instance is not the pages'). */
export async function stopWorkers(): Promise<void> {
  const slots = pool ?? [];
  pool = undefined;
  await Promise.all(slots.map((slot) => slot.worker.terminate()));
}

/** A job queued for the workers (see runOnWorker). */
export interface Pending<T> { job: Job; result: Promise<T> }

/** Queues `task` for a worker; `label` names the job in an error (e.g. the card's file). */
export function runOnWorker<T>(task: Task, input: unknown, label: string, priority: Priority): Pending<T> {
  let job!: Job;
  const result = new Promise<T>((resolve, reject) => {
    job = {
      id: ++ids, task, input, label, started: false,
      resolve: resolve as (v: unknown) => void,
      reject,
    };
  });
  // Nobody may ever wait for a job queued ahead; its failure surfaces where it is needed.
  result.catch(() => undefined);
  queues[priority].jobs.push(job);
  dispatch();
  return { job, result };
}

/**
 * The job's result; a job no worker has started yet goes to the front of the queue. (Not run on
 * this thread instead, nor others from the back of the queue while it waits: at 3,000 events that
 * helped, but at 10,000 the main thread, whose heap holds the whole site, did the work more slowly
 * than the worker and the build took longer; see docs/performance.md.)
 */
export function settle<T>({ job, result }: Pending<T>): Promise<T> {
  if (!job.started) {
    queues.now.jobs.push(job);
    dispatch();
  }
  return result;
}
