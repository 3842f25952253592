// People on cards: the contact row every card shares, one person in full, and a list of people.
import type { ContactPerson, Lang, PeopleListCardData, PersonCardData } from "../cardData";
import { formatDate } from "../../domain/format";
import { mailtoUrl, teamsChatUrl, telUrl } from "../format";
import { texts } from "../texts";

/** A contact row as the contact fragment binds it. */
export interface ContactView {
  readonly name: string;
  readonly subtitle: string;
  readonly detail: string;
  readonly absence: string;
  readonly telUrl: string;
  readonly chatUrl: string;
  readonly mailUrl: string;
  readonly callTooltip: string;
  readonly chatTooltip: string;
  readonly mailTooltip: string;
  readonly hasLinks: boolean;
}

/** Most people a people list shows. */
export const MAX_PEOPLE = 15;

export function contactView(person: ContactPerson, lang: Lang, extra: { readonly detail?: string; readonly absence?: string } = {}): ContactView {
  const x = texts(lang);
  const tel = telUrl(person.phone) ?? "";
  const chat = teamsChatUrl(person.email) ?? "";
  const mail = mailtoUrl(person.email) ?? "";
  return {
    name: person.name,
    subtitle: [person.title, person.phone].filter((part): part is string => Boolean(part?.trim())).join(" · "),
    detail: extra.detail ?? "",
    absence: extra.absence ?? "",
    telUrl: tel,
    chatUrl: chat,
    mailUrl: mail,
    callTooltip: tel ? x.callName(person.name, person.phone ?? "") : "",
    chatTooltip: chat ? x.chatWith(person.name) : "",
    mailTooltip: mail ? x.mailName(person.name) : "",
    hasLinks: Boolean(tel || chat || mail),
  };
}

export function personView(data: PersonCardData, lang: Lang) {
  const x = texts(lang);
  const contact = contactView(data.person, lang);
  const roleName = x.roleName(data.role);
  const facts = {
    // The role is left out when the job title already says it ("Faglig koordinator" twice reads badly).
    role: roleName.toLowerCase() === data.person.title?.trim().toLowerCase() ? "" : roleName,
    unit: data.unit ?? "",
    phone: data.person.phone ?? "",
    email: data.person.email ?? "",
    tillidshverv: data.tillidshverv.map(x.tillidshvervName).join(", "),
    fyrtaarnFor: data.fyrtaarnFor.join(", "),
    backupFor: data.backupFor.join(", "),
    competences: data.competences.join(", "),
  };
  return {
    ...contact,
    ...facts,
    title: data.person.title ?? "",
    absence: data.absentToday
      ? x.absentToday(x.reason(data.absentToday), data.absentUntil ? formatDate(data.absentUntil, lang) : undefined)
      : "",
    hasFacts: Object.values(facts).some((value) => value !== ""),
  };
}

export function peopleListHeading(data: PeopleListCardData, lang: Lang): string {
  return data.topic.kind === "custom" ? data.topic.heading : texts(lang).peopleHeading(data.topic, data.people.length);
}

export function peopleListView(data: PeopleListCardData, lang: Lang) {
  const x = texts(lang);
  const people = data.people.slice(0, MAX_PEOPLE);
  return {
    heading: peopleListHeading(data, lang),
    // A statement ("Ingen er meldt syge i dag.") says it all; a list that came out empty says so.
    noPeople: data.statement ? "" : x.noPeople,
    more: data.people.length > people.length ? x.showingOf(people.length, data.people.length) : "",
    people: people.map((person) =>
      contactView(person, lang, {
        detail: person.detail,
        absence: person.absentToday ? x.absentToday(x.reason(person.absentToday)) : undefined,
      }),
    ),
    note: data.note ?? "",
  };
}
