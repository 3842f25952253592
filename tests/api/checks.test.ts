// Møder og kontroller through the API: round statuses from the real CheckLog in Azurite (a check's start, a
// deviation as a deviation, findings only for leader and coordinators), the 12-week chart, meetings a season
// ahead, and the CSV export (titles, local time, the record's columns, formulas defused).
import assert from "node:assert/strict";
import { startTestApp } from "../helpers/app";
import { demoOrganisation } from "../helpers/demo";
import type { App } from "../../bot/src/server";

/** Monday 23 November 2026, 10:00 in Copenhagen. */
const NOW = new Date("2026-11-23T09:00:00Z");
const as = (person: string) => ({ "x-dev-person": person });

describe("tab API: Møder og kontroller", () => {
  let app: App;
  before(async () => {
    // MitID started 2 November; the other checks have no start in the file, so the import starts them today.
    const org = demoOrganisation();
    app = await startTestApp({ clock: () => NOW, organisation: { ...org, checks: org.checks.map((c) => (c.id === "mitid" ? { ...c, since: "2026-11-02" } : c)) } });
    await app.checkLog.record({
      checkId: "mitid",
      occurrence: "mitid@2026-11-09",
      occurrenceDate: "2026-11-09",
      periodLabel: "uge 45",
      completedAt: new Date("2026-11-10T10:00:00Z"),
      by: "mj",
      byName: "Mette Jensen",
      result: "deviation",
      deviationKind: "Manglende ID-type",
      sampleChecked: 5,
      findings: '=HYPERLINK("x") sag 2026-123 "uden vidne"',
      followUp: "Instruks genopfrisket",
      followUpDue: "2026-11-27",
    });
    await app.checkLog.addStep("mitid", "mitid@2026-11-09", { kind: "closed", at: new Date("2026-11-12T12:00:00Z"), by: "mj", byName: "Mette Jensen", date: "2026-11-12" });
    await app.checkLog.addStep("mitid", "mitid@2026-11-09", { kind: "approved", at: new Date("2026-11-13T08:30:00Z"), by: "hbl", byName: "Helle Bach Larsen", date: "2026-11-13" });
  });
  after(() => app.close());

  it("when a medarbejder reads the checks, then rounds before the start are not there, 11-16 is missed, and a round is only done (by whom): no result, deviation or findings", async () => {
    const res = await fetch(`${app.url}/api/checks`, { headers: as("ak") });
    assert.equal(res.status, 200);
    const body: any = await res.json();
    const mitid = body.checks.find((c: any) => c.id === "mitid");
    const round = (date: string) => mitid.rounds.find((r: any) => r.date === date);
    assert.equal(mitid.rounds[0].date, "2026-11-02", "nothing before the start");
    assert.equal(round("2026-11-02").status, "missed");
    assert.deepEqual([round("2026-11-09").status, round("2026-11-09").byName, round("2026-11-09").result, round("2026-11-09").deviationOpen], ["done", "Mette Jensen", undefined, undefined]);
    assert.equal(round("2026-11-09").findings, undefined, "findings are for the leader and coordinators");
    assert.equal(round("2026-11-09").followUp, undefined);
    assert.equal(round("2026-11-16").status, "missed");
    assert.equal(round("2026-11-23").status, "due");
    assert.equal(round("2026-11-30").status, "upcoming");
    // A check imported today has no missed rounds.
    const pas = body.checks.find((c: any) => c.id === "pas");
    assert.equal(pas.since, "2026-11-23");
    assert.deepEqual(pas.rounds.filter((r: any) => r.status === "missed" || r.status === "overdue"), []);
    assert.equal(body.weeks.length, 12);
    const week46 = body.weeks.find((w: any) => w.week === "2026-11-09");
    assert.deepEqual([week46.done, week46.deviations], [1, 0], "deviations are counted for those who may read findings");
  });

  it("when a koordinator reads the checks, then the record's follow-up, closing and approval are there", async () => {
    const body: any = await (await fetch(`${app.url}/api/checks`, { headers: as("mj") })).json();
    const round = body.checks.find((c: any) => c.id === "mitid").rounds.find((r: any) => r.date === "2026-11-09");
    assert.deepEqual(
      [round.deviationKind, round.followUp, round.followUpDue, round.closedDate, round.approvedBy],
      ["Manglende ID-type", "Instruks genopfrisket", "2026-11-27", "2026-11-12", "Helle Bach Larsen"],
    );
    assert.equal(round.status, "deviation");
    assert.deepEqual(body.weeks.find((w: any) => w.week === "2026-11-09").deviations, 1);
  });

  it("when the meetings are listed, then they reach a full season ahead, so the next two Lokal-MED are there", async () => {
    const body: any = await (await fetch(`${app.url}/api/checks`, { headers: as("ak") })).json();
    assert.ok(body.meetings.every((m: any) => m.date >= "2026-11-23"));
    const med = body.meetings.filter((m: any) => m.id === "lokal-med").map((m: any) => m.date);
    assert.ok(med.length >= 2 && med.some((d: string) => d.startsWith("2027-")), JSON.stringify(med));
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

  it("when the check log is exported, then it is a semicolon CSV with titles, local times, the record's columns, and the formula defused", async () => {
    const res = await fetch(`${app.url}/api/checks.csv`, { headers: as("hbl") });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/csv/);
    assert.match(res.headers.get("content-disposition") ?? "", /kontrollog-2026-11-23\.csv/);
    const text = await res.text();
    const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n");
    assert.equal(lines[0], '"Kontrol";"Runde";"Periode";"Udført";"Udført af";"Stikprøve";"Resultat";"Art af afvigelse";"Fund";"Opfølgning";"Frist for opfølgning";"Lukket";"Lukket af";"Godkendt af";"Godkendt"');
    assert.equal(lines.length, 2);
    assert.equal(
      lines[1],
      '"Ledelseskontrol af MitID-udstedelser";"2026-11-09";"uge 45";"10.11.2026 kl. 11.00";"Mette Jensen";"5";"Afvigelse";"Manglende ID-type";"\'=HYPERLINK(""x"") sag 2026-123 ""uden vidne""";"Instruks genopfrisket";"2026-11-27";"2026-11-12";"Mette Jensen";"Helle Bach Larsen";"13.11.2026 kl. 09.30"',
    );
  });

  it("when the export is limited to a period without completions, then only the header comes back; a bad date is 400; a medarbejder is 403; no sign-in is 401", async () => {
    const res = await fetch(`${app.url}/api/checks.csv?from=2026-11-20&to=2026-11-23`, { headers: as("mj") });
    assert.equal((await res.text()).trim().split("\r\n").length, 1);
    // The local day bounds the export: 10 November in Copenhagen holds the completion.
    const day = await (await fetch(`${app.url}/api/checks.csv?from=2026-11-10&to=2026-11-10`, { headers: as("mj") })).text();
    assert.equal(day.trim().split("\r\n").length, 2);
    assert.equal((await fetch(`${app.url}/api/checks.csv?from=igår`, { headers: as("mj") })).status, 400);
    assert.equal((await fetch(`${app.url}/api/checks.csv`, { headers: as("ak") })).status, 403);
    assert.equal((await fetch(`${app.url}/api/checks.csv`)).status, 401);
  });
});
