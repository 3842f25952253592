// Progress of a long command-line job: on a terminal a bar redrawn in place, otherwise (a log, CI) a plain line
// at every tenth, so a log file shows how far it came without a line per batch.
import { performance } from "node:perf_hooks";

/** Where progress is written: a TTY gets the bar. */
export interface ProgressOutput {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** Jobs smaller than this show no progress at all: they are over before anyone looks. */
export const MIN_PROGRESS_TOTAL = 1000;
const BAR_WIDTH = 30;
/** A terminal is redrawn at most this often (ms). */
const REDRAW_MS = 100;

const number = (n: number) => n.toLocaleString("da-DK");

/** A reporter for `done` of `total` (call it as often as you like), and `finish` when the job is over. */
export function progressReporter(label: string, output: ProgressOutput, clock: () => number = () => performance.now()): { update(done: number, total: number): void; finish(): void } {
  const started = clock();
  let lastDraw = Number.NEGATIVE_INFINITY;
  let lastTenth = -1;
  let drawn = false;
  const seconds = () => `${((clock() - started) / 1000).toFixed(1).replace(".", ",")} s`;
  return {
    update(done, total) {
      if (total < MIN_PROGRESS_TOTAL) return;
      const share = Math.min(1, done / total);
      if (output.isTTY) {
        if (clock() - lastDraw < REDRAW_MS && done < total) return;
        lastDraw = clock();
        const filled = Math.round(share * BAR_WIDTH);
        const line = `${label} [${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${number(done)}/${number(total)} (${Math.floor(share * 100)} %) ${seconds()}`;
        output.write(`\r${line.slice(0, Math.max(20, (output.columns || 80) - 1))}\x1b[K`);
        drawn = true;
        return;
      }
      const tenth = Math.floor(share * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      output.write(`${label}: ${number(done)} af ${number(total)} (${tenth * 10} %) efter ${seconds()}\n`);
    },
    finish() {
      if (drawn) output.write("\n");
    },
  };
}
