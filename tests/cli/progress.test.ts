// The progress of a long import: a bar redrawn in place on a terminal, a line per tenth in a log, nothing for a
// job too small to watch.
import assert from "node:assert/strict";
import { MIN_PROGRESS_TOTAL, progressReporter } from "../../bot/src/cli/progress";

function output(isTTY: boolean) {
  const written: string[] = [];
  return { written, out: { isTTY, columns: 100, write: (text: string) => written.push(text) } };
}

describe("progressReporter", () => {
  it("when the output is not a terminal, then it writes one line per tenth reached, with the time so far", () => {
    const { written, out } = output(false);
    let now = 0;
    const progress = progressReporter("Skriver rækker", out, () => now);
    for (let done = 0; done <= 27_162; done += 100) {
      now += 10;
      progress.update(Math.min(done, 27_162), 27_162);
    }
    progress.update(27_162, 27_162);
    progress.finish();
    assert.equal(written.length, 11);
    assert.match(written[0], /^Skriver rækker: 0 af 27\.162 \(0 %\) efter 0,0 s\n$/);
    assert.match(written[10], /^Skriver rækker: 27\.162 af 27\.162 \(100 %\) efter \d+,\d s\n$/);
  });

  it("when the output is a terminal, then a bar is redrawn in place at most every 100 ms, the last state always, and finish ends the line", () => {
    const { written, out } = output(true);
    let now = 0;
    const progress = progressReporter("Skriver rækker", out, () => now);
    progress.update(0, 2000);
    now += 50;
    progress.update(500, 2000);
    now += 60;
    progress.update(1000, 2000);
    progress.update(2000, 2000);
    progress.finish();
    assert.equal(written.length, 4);
    assert.ok(written.slice(0, 3).every((w) => w.startsWith("\r")));
    assert.match(written[1], /\[#{15}-{15}\] 1\.000\/2\.000 \(50 %\)/);
    assert.match(written[2], /\[#{30}\] 2\.000\/2\.000 \(100 %\)/);
    assert.equal(written[3], "\n");
  });

  it("when the job is smaller than the limit, then nothing is written", () => {
    for (const isTTY of [true, false]) {
      const { written, out } = output(isTTY);
      const progress = progressReporter("Skriver rækker", out);
      progress.update(MIN_PROGRESS_TOTAL - 1, MIN_PROGRESS_TOTAL - 1);
      progress.finish();
      assert.deepEqual(written, []);
    }
  });
});
