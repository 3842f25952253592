// Answers about people: contact details, the areas of a person, a unit's members, a title, a role, a competence.
import type { Directory } from "../domain/directory";
import type { Frame } from "../domain/frame";
import type { Person, Role } from "../domain/organisation";
import * as cards from "../cards";
import { nearestWithRole, roleHoldersOf } from "../domain/coverage";
import { fold } from "../domain/text";
import { NEEDS_NOTHING, contactMaker, notUnderstood, reply, absenceOn, subjects, unknownUserReply, type Answerer, type AskContext, type Reply } from "./reply";

/** "hvad er Mettes telefonnummer", "hvem er Peter Holm"; two namesakes are shown both, clearly told apart. */
export const contact: Answerer = {
  needs: NEEDS_NOTHING,
  dayStable: true,
  answer: (frame, directory, context) => {
    const people = (frame.people ?? []).map((id) => directory.person(id)).filter((p): p is Person => !!p);
    if (people.length === 0) return notUnderstood(frame);
    if (people.length > 1) {
      // "deres telefonnumre?" after an answer naming several people: listed by name, not as namesakes.
      const firstNames = new Set(people.map((p) => fold(p.name.split(/\s+/)[0] ?? "")));
      if (firstNames.size === 1) return namesakes(frame, directory, context, people);
      const heading = cards.texts(frame.lang).and(people.map((p) => p.name));
      return peopleList(frame, directory, context, { kind: "custom", heading }, people.map((p) => p.id), (p) => p.title);
    }
    return personCard(frame, directory, context, people[0]);
  },
};

/** "hvilke områder er Anne fyrtårn for": the person card leads with the areas. */
export const personAreas: Answerer = contact;

function personCard(frame: Frame, directory: Directory, context: AskContext, person: Person): Reply {
  const today = directory.calendar.today(context.now);
  const areas = directory.areasOfPerson(person.id);
  const absence = absenceOn(directory, person.id, today);
  const data: cards.PersonCardData = {
    person: { name: person.name, title: person.title, phone: person.phone, email: person.email },
    unit: directory.unit(person.unit)?.name,
    role: person.role,
    fyrtaarnFor: areas.fyrtaarn.map((a) => a.name),
    backupFor: areas.backup.map((a) => a.name),
    competences: person.competences,
    tillidshverv: person.tillidshverv,
    absentToday: absence?.reason,
    absentUntil: absence?.to,
    ...(frame.intent === "personAreas" ? { asked: "areas" as const } : frame.want === "email" && { asked: "email" as const }),
  };
  return reply(frame, cards.renderPersonCard(data, frame.lang), cards.personSummary(data, frame.lang), [person.id]);
}

function namesakes(frame: Frame, directory: Directory, context: AskContext, people: readonly Person[]): Reply {
  const contactOf = contactMaker(directory, directory.calendar.today(context.now));
  const data: cards.PeopleListCardData = {
    topic: { kind: "namesakes", name: people[0].name.split(/\s+/)[0] ?? people[0].name },
    people: people.map((p) => ({ ...contactOf(p.id), detail: [p.title, directory.unit(p.unit)?.name].filter(Boolean).join(", ") })),
  };
  return reply(frame, cards.renderPeopleListCard(data, frame.lang), cards.peopleListSummary(data, frame.lang), people.map((p) => p.id));
}

/** A list of people with a heading; the first named is who "hans"/"hendes" points at next. */
export function peopleList(
  frame: Frame, directory: Directory, context: AskContext, topic: cards.PeopleListTopic, ids: readonly string[],
  detail?: (p: Person) => string | undefined, options: { statement?: boolean } = {},
): Reply {
  const contactOf = contactMaker(directory, directory.calendar.today(context.now));
  const data: cards.PeopleListCardData = {
    topic,
    ...(options.statement && { statement: true }),
    people: ids.map((id) => {
      const p = directory.person(id);
      return { ...contactOf(id), detail: p && detail ? detail(p) : p ? directory.unit(p.unit)?.name : undefined };
    }),
  };
  return reply(frame, cards.renderPeopleListCard(data, frame.lang), cards.peopleListSummary(data, frame.lang), ids);
}

/** "hvem er faglig koordinator", "hvem er TR", "og i Ydelseskontoret?"; "hvem er min leder", "hvem er Sofies koordinator". */
export const role: Answerer = {
  needs: (frame) => ({ asker: !!frame.self }),
  dayStable: true,
  answer: (frame, directory, context) => {
    const asked = frame.role ?? "sektionsleder";
    if ((frame.self || frame.people?.length) && asked !== "tr" && asked !== "amr") return ownRoleHolders(frame, directory, context, asked);
    const inUnit = frame.unit ? unitAndBelow(directory, frame.unit) : undefined;
    let ids = directory.organisation.people
      .filter((p) => (asked === "tr" || asked === "amr" ? p.tillidshverv.includes(asked) : p.role === asked) && (!inUnit || inUnit.has(p.unit)))
      .map((p) => p.id);
    // A unit without its own koordinator or leader ("og i Jobservice?"): the nearest above, as coverage names them.
    if (ids.length === 0 && frame.unit && asked !== "tr" && asked !== "amr") ids = nearestWithRole(directory.organisation, [frame.unit], asked).map((p) => p.id);
    const topic: cards.PeopleListTopic = asked === "tr" || asked === "amr" ? { kind: "tillidshverv", tillidshverv: asked } : { kind: "role", role: asked as Role };
    return peopleList(frame, directory, context, topic, ids);
  },
};

/** A person's own sektionsleder or koordinator (the asker's with `self`), in their unit or the nearest above. */
function ownRoleHolders(frame: Frame, directory: Directory, context: AskContext, asked: Role): Reply {
  const of = subjects(frame, context);
  if (of.length === 0) return frame.self ? unknownUserReply(frame, context) : notUnderstood(frame);
  const ids = [...new Set(of.flatMap((id) => roleHoldersOf(directory.organisation, id, asked).map((p) => p.id)))];
  const whose = frame.self && !frame.people?.length ? "you" : cards.texts(frame.lang).and(of.map((id) => directory.person(id)?.name ?? id));
  if (ids.length === 0) return peopleList(frame, directory, context, { kind: "custom", heading: cards.texts(frame.lang).noRoleHolder(asked, whose) }, [], undefined, { statement: true });
  return peopleList(frame, directory, context, { kind: "role", role: asked, of: whose === "you" ? { you: true } : { name: whose } }, ids);
}

/** "hvem er i Ydelseskontoret": its leaders first (sektionsleder, koordinator), then everyone else, sub-units included. */
export const members: Answerer = {
  needs: NEEDS_NOTHING,
  dayStable: true,
  answer: (frame, directory, context) => {
    const unit = frame.unit ? directory.unit(frame.unit) : undefined;
    if (!unit) return notUnderstood(frame);
    const inUnit = unitAndBelow(directory, unit.id);
    const rank: Record<Role, number> = { sektionsleder: 0, koordinator: 1, medarbejder: 2 };
    const ids = directory.organisation.people
      .filter((p) => inUnit.has(p.unit))
      .sort((a, b) => rank[a.role] - rank[b.role])
      .map((p) => p.id);
    return peopleList(frame, directory, context, { kind: "unit", unit: unit.name }, ids, (p) => p.title);
  },
};

/** "hvem er centerchef": the people with that title. */
export const title: Answerer = {
  needs: NEEDS_NOTHING,
  dayStable: true,
  answer: (frame, directory, context) => {
    if (!frame.title) return notUnderstood(frame);
    return peopleList(frame, directory, context, { kind: "title", title: frame.title.label }, frame.title.people);
  },
};

/** "hvem kan noget om budget", "who speaks Arabic"; "hvem kan tyrkisk" when nobody has it says so in one sentence. */
export const competence: Answerer = {
  needs: NEEDS_NOTHING,
  dayStable: true,
  answer: (frame, directory, context) => {
    if (!frame.competence) return notUnderstood(frame);
    if (frame.competence.people.length === 0) {
      const heading = cards.texts(frame.lang).noCompetence(frame.competence.term);
      return peopleList(frame, directory, context, { kind: "custom", heading }, [], undefined, { statement: true });
    }
    return peopleList(frame, directory, context, { kind: "competence", competence: frame.competence.term }, frame.competence.people, (p) => p.competences.join(", "));
  },
};

/** A unit and every unit under it. */
function unitAndBelow(directory: Directory, unitId: string): Set<string> {
  const units = new Set([unitId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of directory.organisation.units) {
      if (u.parent && units.has(u.parent) && !units.has(u.id)) {
        units.add(u.id);
        grew = true;
      }
    }
  }
  return units;
}
