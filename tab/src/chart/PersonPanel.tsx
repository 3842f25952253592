// A person's panel, opened from the chart or the list: how to reach them (tel:, mailto:, Teams chat), their areas
// as fyrtårn and backup, competences, and today's duties and absence.
import { Avatar, Badge, Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, OverlayDrawer, Text } from "@fluentui/react-components";
import type { OrgPerson, OrgToday } from "../api";
import type { Host } from "../teams";
import type { Texts } from "../texts";
import { formatDate, type DateLang } from "../dates";

export interface PersonPanelProps {
  readonly person?: OrgPerson;
  readonly unitName?: string;
  readonly t: Texts;
  readonly lang: DateLang;
  readonly host: Host;
  readonly areaName: ReadonlyMap<string, string>;
  readonly today?: OrgToday;
  readonly onClose: () => void;
}

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

export function PersonPanel({ person, unitName, t, lang, host, areaName, today, onClose }: PersonPanelProps) {
  const p = person;
  const absent = p ? today?.absent[p.id] : undefined;
  const duties = p ? today?.duties[p.id] ?? [] : [];
  return (
    <OverlayDrawer position="end" open={!!p} onOpenChange={(_, d) => !d.open && onClose()} data-testid="person-panel" style={{ maxWidth: "100vw" }}>
      {p && (
        <>
          <DrawerHeader>
            <DrawerHeaderTitle action={<Button appearance="subtle" aria-label={t.close} onClick={onClose}>✕</Button>}>
              <span style={{ display: "flex", alignItems: "center", gap: 12 }}>
                <Avatar name={p.name} color="colorful" size={48} aria-hidden="true" />
                <span>{p.name}</span>
              </span>
            </DrawerHeaderTitle>
          </DrawerHeader>
          <DrawerBody>
            <Text as="p" style={{ marginTop: 0 }}>{p.title}{unitName ? ` · ${unitName}` : ""}</Text>
            {absent && <p><Badge color="danger">{t.absentToday}{absent.slots ? ` (${absent.slots.join(", ")})` : ""}: {absent.reason}</Badge></p>}
            <dl className="panel-facts">
              {p.phone && (<><dt>{t.phone}</dt><dd><a href={telHref(p.phone)}>{p.phone}</a></dd></>)}
              {p.email && (<><dt>{t.email}</dt><dd><a href={`mailto:${p.email}`}>{p.email}</a></dd></>)}
              {p.tillidshverv.length > 0 && (<><dt>{t.tillidshverv}</dt><dd>{p.tillidshverv.map((x) => (x === "tr" ? t.trLong : t.amrLong)).join(", ")}</dd></>)}
              <dt>{t.areas}</dt>
              <dd>
                {p.fyrtaarn.length + p.backup.length === 0 ? t.noneRegistered : (
                  <ul>
                    {p.fyrtaarn.map((a) => <li key={`f${a}`}>{t.fyrtaarn}: {areaName.get(a) ?? a}</li>)}
                    {p.backup.map((a) => <li key={`b${a}`}>{t.backup}: {areaName.get(a) ?? a}</li>)}
                  </ul>
                )}
              </dd>
              <dt>{t.competences}</dt>
              <dd>{p.competences.length ? p.competences.join(", ") : t.noneRegistered}</dd>
              <dt>{today ? t.dutiesOn(formatDate(today.date, lang)) : t.dutiesToday}</dt>
              <dd data-testid="panel-duties">{duties.length ? <ul>{duties.map((d) => <li key={d}>{d}</li>)}</ul> : t.noDuties}</dd>
            </dl>
            {p.email && <Button appearance="primary" onClick={() => host.chat(p.email!)}>{t.chatWith(p.name)}</Button>}
          </DrawerBody>
        </>
      )}
    </OverlayDrawer>
  );
}
