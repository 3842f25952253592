// Møder og kontroller through the API: round statuses from the real CheckLog in Azurite, the 12-week chart,
// upcoming meetings, and the CSV export (header, Danish Excel format, formulas defused).
import assert from "node:assert/strict";
import { startTestApp } from "../helpers/app";
import type { App } from "../../bot/src/server";

/** Monday 23 November 2026, 10:00 in Copenhagen. */
const NOW = new Date("2026-11-23T09:00:00Z");
const as = (person: string) => ({ "x-dev-person": person });

describe("tab API: Møder og kontroller", () => {
  let app: App;
  before(async () => {
    app = await startTestApp({ clock: () => NOW });
    await app.checkLog.record({
      checkId: "mitid",
      occurrence: "mitid@2026-11-09",
      occurrenceDate: "2026-11-09",
      periodLabel: "uge 45",
      completedAt: new Date("2026-11-10T10:00:00Z"),
      by: "mj",
      byName: "Mette Jensen",
      result: "deviation",
      sampleChecked: 5,
      findings: '=HYPERLINK("x") sag 2026-123 "uden vidne"',
      followUp: "Instruks genopfrisket",
    });
  });
  after(() => app.close());

  it("when a medarbejder reads the checks, then MitID rounds are done (with who, not the findings), missed, and due", async () => {
    const res = await fetch(`${app.url}/api/checks`, { headers: as("ak") });
    assert.equal(res.status, 200);
    const body: any = await res.json();
    const mitid = body.checks.find((c: any) => c.id === "mitid");
    const round = (date: string) => mitid.rounds.find((r: any) => r.date === date);
    assert.deepEqual([round("2026-11-09").status, round("2026-11-09").byName, round("2026-11-09").result], ["done", "Mette Jensen", "deviation"]);
    assert.equal(round("2026-11-09").findings, undefined, "findings are for the leader and coordinators");
    assert.equal(round("2026-11-09").followUp, undefined);
    assert.equal(round("2026-11-16").status, "missed");
    assert.equal(round("2026-11-23").status, "due");
    assert.equal(round("2026-11-30").status, "upcoming");
    assert.equal(body.weeks.length, 12);
    const week45 = body.weeks.find((w: any) => w.week === "2026-11-09");
    assert.ok(week45.done >= 1 && week45.due >= week45.done, JSON.stringify(week45));
    assert.ok(body.meetings.length > 0 && body.meetings.every((m: any) => m.date >= "2026-11-23"));
  });

  for (const who of ["mj", "hbl"]) {
    it(`when ${who} (koordinator or sektionsleder) reads the checks, then the findings and follow-up are there`, async () => {
      const body: any = await (await fetch(`${app.url}/api/checks`, { headers: as(who) })).json();
      const round = body.checks.find((c: any) => c.id === "mitid").rounds.find((r: any) => r.date === "2026-11-09");
      assert.match(round.findings, /sag 2026-123/);
      assert.equal(round.followUp, "Instruks genopfrisket");
    });
  }

  it("when a medarbejder asks for the check-log CSV, then 403 and /api/me says the export is not for them", async () => {
    const res = await fetch(`${app.url}/api/checks.csv`, { headers: as("ak") });
    assert.equal(res.status, 403);
    assert.match(((await res.json()) as any).error, /sektionsleder og koordinatorer/);
    const me: any = await (await fetch(`${app.url}/api/me`, { headers: as("ak") })).json();
    assert.deepEqual(me.may, { edit: false, exportCheckLog: false, readFindings: false });
    const leader: any = await (await fetch(`${app.url}/api/me`, { headers: as("hbl") })).json();
    assert.deepEqual(leader.may, { edit: true, exportCheckLog: true, readFindings: true });
  });

  it("when an agenda item was proposed on a meeting card, then the upcoming meeting lists it with who and when", async () => {
    const before: any = await (await fetch(`${app.url}/api/checks`, { headers: as("ak") })).json();
    const next = before.meetings[0];
    assert.deepEqual(next.agendaItems, []);
    await app.agenda.add({ meetingId: next.id, occurrence: next.key, text: "Ny procedure for nødpas", by: "ak", byName: "Anne Kristensen", at: new Date("2026-11-20T08:14:00Z") });
    const after: any = await (await fetch(`${app.url}/api/checks`, { headers: as("ak") })).json();
    assert.deepEqual(after.meetings.find((m: any) => m.key === next.key).agendaItems, [{ text: "Ny procedure for nødpas", byName: "Anne Kristensen", at: "2026-11-20T08:14:00.000Z" }]);
  });

  it("when the check log is exported, then it is a semicolon CSV with a header, the entry, and the formula defused", async () => {
    const res = await fetch(`${app.url}/api/checks.csv`, { headers: as("hbl") });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/csv/);
    assert.match(res.headers.get("content-disposition") ?? "", /kontrollog-2026-11-23\.csv/);
    const text = await res.text();
    const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n");
    assert.equal(lines[0], '"Kontrol";"Runde";"Periode";"Udført";"Udført af";"Resultat";"Stikprøve";"Fund";"Opfølgning";"Godkendt af";"Lukket"');
    assert.equal(lines.length, 2);
    assert.match(lines[1], /^"mitid";"2026-11-09";"uge 45";"2026-11-10T10:00:00.000Z";"Mette Jensen";"Afvigelse";"5";"'=HYPERLINK\(""x""\) sag 2026-123 ""uden vidne""";"Instruks genopfrisket";"";""$/);
  });

  it("when the export is limited to a period without completions, then only the header comes back; a bad date is 400; no sign-in is 401", async () => {
    const res = await fetch(`${app.url}/api/checks.csv?from=2026-11-20&to=2026-11-23`, { headers: as("mj") });
    assert.equal((await res.text()).trim().split("\r\n").length, 1);
    assert.equal((await fetch(`${app.url}/api/checks.csv?from=igår`, { headers: as("mj") })).status, 400);
    assert.equal((await fetch(`${app.url}/api/checks.csv`)).status, 401);
  });
});
