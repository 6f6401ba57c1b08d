/**
 * Timers that run inside the page, installed before the app's own scripts
 * (`installVisitProbe` is serialised into an init script: it may use nothing
 * from this module). Every time is the page's `performance.now()`.
 */

/** When the first question of the section panel could take input, from `start`. */
export interface QuestionTiming {
  /** An enabled input, select or textarea is in the section panel. */
  present: number;
  /** That frame has been painted and the main thread has picked up the next task. */
  usable: number;
}

/** One answer, from the click event (its `timeStamp`) on. */
export interface AnswerTiming {
  /** The first read-write IndexedDB transaction after the click fired `complete`. */
  committed: number | null;
  /** The status says «Сохранено на устройстве» again (the app waits for the commit). */
  saved: number;
  /** Click to the next paint (Event Timing); null when under the API's 16 ms threshold. */
  nextPaint: number | null;
  /** Long tasks that started between the click and the quiet that followed. */
  longTasks: number;
  longTaskMs: number;
}

export interface VisitProbe {
  question: QuestionTiming | null;
  answer: AnswerTiming | null;
  /** The next click starts a wait for the first question (opening a visit inside the app). */
  armQuestionOnClick(): void;
  /** The next click is an answer: time it until saved and the page is quiet again. */
  armAnswer(): void;
  /** Resolves once the main thread has been free for the quiet time. */
  settle(): Promise<void>;
}

declare global {
  interface Window {
    visitProbe?: VisitProbe;
  }
}

export interface ProbeSettings {
  savedText: string;
  /** How long the main thread must stay free for an answer to be over. */
  quietMs: number;
}

export function installVisitProbe({ savedText, quietMs }: ProbeSettings): void {
  const QUESTION = '.section-panel :is(input, select, textarea):not(:disabled)';
  const STATUS = '.visit__status [role="status"]';
  /** A timer this late means a task held the main thread. */
  const POLL_MS = 16;
  const LATE_MS = 8;
  const longTasks: { start: number; end: number }[] = [];
  const paints = new Map<number, number>();
  const commits: number[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'click') paints.set(e.startTime, e.duration);
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);

  // Notes when read-write transactions commit; the transaction itself is untouched.
  type OpenTransaction = (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) => IDBTransaction;
  const openTransaction = Object.getOwnPropertyDescriptor(IDBDatabase.prototype, 'transaction')!
    .value as OpenTransaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
    const tx = openTransaction.apply(this, args);
    if (tx.mode === 'readwrite') {
      tx.addEventListener('complete', () => commits.push(performance.now()));
    }
    return tx;
  } as OpenTransaction;

  let onClick: ((at: number) => void) | null = null;
  let stopWatchingQuestion: () => void = () => undefined;
  const probe: VisitProbe = {
    question: null,
    answer: null,
    armQuestionOnClick() {
      stopWatchingQuestion();
      probe.question = null;
      onClick = watchQuestion;
    },
    armAnswer() {
      probe.answer = null;
      onClick = watchAnswer;
    },
    settle: () =>
      new Promise((resolve) => {
        whenQuiet(performance.now(), () => resolve());
      }),
  };
  window.visitProbe = probe;
  // Capture on window: runs before React's listener on its root sees the click.
  window.addEventListener(
    'click',
    (event) => {
      const start = onClick;
      onClick = null;
      start?.(event.timeStamp);
    },
    { capture: true },
  );
  // A page load is a wait from navigation start.
  watchQuestion(0);

  /** Runs `then` in the first task after the next frame has been produced. */
  function afterNextFrame(then: () => void) {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = then;
      channel.port2.postMessage(null);
    });
  }

  /** Only the latest wait may report: a page load starts one, a click replaces it. */
  function watchQuestion(start: number) {
    stopWatchingQuestion();
    let current = true;
    const found = () => {
      if (document.querySelector(QUESTION) === null) return false;
      observer.disconnect();
      const present = performance.now() - start;
      afterNextFrame(() => {
        if (current) probe.question = { present, usable: performance.now() - start };
      });
      return true;
    };
    const observer = new MutationObserver(found);
    stopWatchingQuestion = () => {
      current = false;
      observer.disconnect();
    };
    if (!found()) observer.observe(document, { childList: true, subtree: true, attributes: true });
  }

  /**
   * Calls `then` once no long task has run and no short timer has been held up
   * for `quietMs` (at most 10 s after `since`).
   */
  function whenQuiet(since: number, then: (at: number) => void) {
    let busyUntil = since;
    let due = since + POLL_MS;
    const check = () => {
      const now = performance.now();
      if (now - due > LATE_MS) busyUntil = now;
      busyUntil = Math.max(busyUntil, ...longTasks.map((t) => t.end));
      if (now - busyUntil >= quietMs || now - since > 10_000) {
        then(now);
        return;
      }
      due = now + POLL_MS;
      setTimeout(check, POLL_MS);
    };
    setTimeout(check, POLL_MS);
  }

  function watchAnswer(clickAt: number) {
    let sawSaving = false;
    const observer = new MutationObserver(() => {
      const text = document.querySelector(STATUS)?.textContent ?? '';
      if (text !== savedText) sawSaving = true;
      if (text !== savedText || !sawSaving) return;
      observer.disconnect();
      const saved = performance.now() - clickAt;
      whenQuiet(performance.now(), (quietAt) => {
        const during = longTasks.filter((t) => t.start >= clickAt && t.start < quietAt);
        const paint = [...paints].find(([startTime]) => Math.abs(startTime - clickAt) < 1);
        const commit = commits.find((at) => at > clickAt);
        probe.answer = {
          committed: commit === undefined ? null : commit - clickAt,
          saved,
          nextPaint: paint?.[1] ?? null,
          longTasks: during.length,
          longTaskMs: during.reduce((sum, t) => sum + t.end - t.start, 0),
        };
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }
}

/**
 * The probe as an init script. tsx keeps function names by wrapping them in
 * calls to its `__name` helper, which the page does not have: a local stand-in
 * comes with the source.
 */
export function visitProbeScript(settings: ProbeSettings): { content: string } {
  const source = installVisitProbe.toString();
  return {
    content: `(() => { const __name = (target) => target; (${source})(${JSON.stringify(settings)}); })();`,
  };
}
