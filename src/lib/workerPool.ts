import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';

/**
 * The build's worker threads (src/lib/buildWorker.mjs): share cards and page citations are
 * worked out there while the main thread renders pages. Astro renders one page at a time on one
 * thread; on two cores the other one would otherwise sit idle.
 *
 * Jobs wait here, not in the workers' message queues: `now` (a page is waiting for it), then
 * `soon` (citations, asked ahead in the pages' order), then `later` (share cards, drawn ahead
 * of their routes).
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
      // Skips a job moved up to `now`, or one this thread took (settle).
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

/** The last job of `task` no worker has started, taken out of its queue (workers take from the front). */
function takeLast(task: Task): Job | undefined {
  for (const q of [queues.later, queues.soon]) {
    while (q.jobs.length > q.head) {
      const job = q.jobs.at(-1)!;
      if (job.started) q.jobs.pop();
      else if (job.task !== task) break;
      else {
        q.jobs.pop();
        job.started = true;
        return job;
      }
    }
  }
  return undefined;
}

function runHere(job: Job, run: (input: unknown) => unknown) {
  try {
    job.resolve(run(job.input));
  } catch (e) {
    job.reject(new Error(`${job.label}: ${e instanceof Error ? e.message : String(e)}`));
  }
}

/**
 * The job's result. Without `run`, a job no worker has started goes to the front of the queue.
 * With `run` (the job's task, callable on this thread), it is done here; and while a worker does
 * it, this thread does others of its kind from the back of the queue instead of waiting idle.
 * (Pages come in the queue's order: a thread helping from the front would find each next job
 * already handed to the worker.) Only the share cards use `run`: citeproc on the main thread,
 * whose heap holds the whole site, made event pages 4.8 → 8.3 ms at 10,000 events.
 */
export async function settle<T>({ job, result }: Pending<T>, run?: (input: unknown) => unknown): Promise<T> {
  if (!job.started && !run) {
    queues.now.jobs.push(job);
    dispatch();
  } else if (!job.started && run) {
    job.started = true;
    runHere(job, run);
  } else if (run) {
    let waiting = true;
    result.then(() => (waiting = false), () => (waiting = false));
    for (let other = takeLast(job.task); other; other = waiting ? takeLast(job.task) : undefined) {
      runHere(other, run);
      // A turn of the event loop: lets `waiting` see the worker's answer, and frees native memory.
      await turn();
    }
  }
  return result;
}
