/** Work that can wait for a later task: the updates of embeds the visitor did not click. */
interface Job {
  run(): void;
  /** Near the viewport: done first. */
  urgent(): boolean;
}

/** How long one task may spend on jobs before it yields to the page: input, paint, the visitor's next click. */
const BUDGET = 8;

const jobs = new Set<Job>();
let scheduled = false;

/**
 * Runs `job` in a later task, near-viewport jobs first, a few milliseconds of
 * them per task. A click on one of a hundred placeholders thus builds its own
 * frame in its own task, and the ninety-nine others follow after it, never in
 * its way. A job queued again before it ran runs once.
 */
export function later(job: Job): void {
  jobs.add(job);
  if (!scheduled) {
    scheduled = true;
    setTimeout(flush);
  }
}

function flush(): void {
  scheduled = false;
  const start = performance.now();
  const order = [...jobs].sort((a, b) => Number(b.urgent()) - Number(a.urgent()));
  for (const job of order) {
    if (performance.now() - start > BUDGET) break;
    jobs.delete(job);
    job.run();
  }
  if (jobs.size && !scheduled) {
    scheduled = true;
    setTimeout(flush);
  }
}

/** Runs `then` when the page is idle, or after two seconds at the latest: one callback for everything asked meanwhile. */
export function whenIdle(then: () => void): void {
  idle.add(then);
  if (idle.size > 1) return;
  const run = () => {
    const waiting = [...idle];
    idle.clear();
    for (const task of waiting) task();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 50);
}

const idle = new Set<() => void>();
