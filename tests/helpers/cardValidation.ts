// Validates an expanded Adaptive Card the way the tests need: the adaptivecards library's own parser and
// property validation (unknown elements, bad values, duplicate ids, missing urls, unsupported versions), plus
// what templating can get wrong and the library does not see: unexpanded `${…}`, leftover `$when`/`$data`,
// empty text where text is required, and our accessibility rules (a heading first, wrapping text, labelled
// inputs, alt text on images).
//
// In Node, `require("adaptivecards")` fails (its lib/ is ESM without extensions); the UMD build works without a DOM.

interface AcEvent {
  readonly message: string;
  readonly event: number;
  readonly source?: { getJsonTypeName?: () => string };
}

interface AcUmd {
  readonly AdaptiveCard: new () => {
    parse(json: unknown, context: InstanceType<AcUmd["SerializationContext"]>): void;
    validateProperties(): { readonly validationEvents: readonly AcEvent[] };
  };
  readonly SerializationContext: new () => { readonly eventCount: number; getEventAt(index: number): AcEvent };
  readonly ValidationEvent: Readonly<Record<number, string>>;
  readonly CardElement: { readonly langProperty: { readonly regEx?: RegExp } };
}

const AC = require("adaptivecards/dist/adaptivecards.js") as AcUmd;

const TEMPLATING_KEYS = ["$when", "$data", "$fragment", "$index"];
const URL_SCHEMES = /^(https:\/\/|http:\/\/|mailto:|tel:)\S+$/;

/** Every problem with the card, as readable messages; [] when the card is fine. */
export function validateCard(json: unknown): string[] {
  const problems: string[] = [];
  problems.push(...libraryProblems(json));
  problems.push(...cardProblems(json));
  return problems;
}

function libraryProblems(json: unknown): string[] {
  const problems: string[] = [];
  // The library checks `lang` with a /g regex and never resets its lastIndex, so every second valid "da"
  // is reported as invalid (adaptivecards 3.0.x). Reset it so each card is judged on its own.
  const langPattern = AC.CardElement.langProperty.regEx;
  if (langPattern) langPattern.lastIndex = 0;
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${AC.ValidationEvent[event.event] ?? event.event}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    const owner = event.source?.getJsonTypeName?.() ?? "?";
    problems.push(`validate: ${owner}: ${AC.ValidationEvent[event.event] ?? event.event}: ${event.message}`);
  }
  return problems;
}

function cardProblems(json: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(json)) return ["the card is not an object"];
  if (json.type !== "AdaptiveCard") problems.push(`type is ${String(json.type)}, expected AdaptiveCard`);
  if (json.version !== "1.5") problems.push(`version is ${String(json.version)}, expected "1.5"`);
  if (json.$schema !== "http://adaptivecards.io/schemas/adaptive-card.json") problems.push(`$schema is ${String(json.$schema)}`);
  const body = json.body;
  if (!Array.isArray(body) || body.length === 0) {
    problems.push("body is empty");
  } else {
    const first: unknown = body[0];
    if (!isObject(first) || first.type !== "TextBlock" || first.style !== "heading") {
      problems.push('body[0] must be a TextBlock with style "heading" (screen readers start there)');
    }
  }
  walk(json, "$", problems);
  return problems;
}

function walk(node: unknown, path: string, problems: string[]): void {
  if (node === null) {
    problems.push(`${path}: null (a binding that evaluated to nothing?)`);
    return;
  }
  if (typeof node === "string") {
    if (node.includes("${")) problems.push(`${path}: unexpanded binding in ${JSON.stringify(node)}`);
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item, index) => walk(item, `${path}[${index}]`, problems));
    return;
  }
  if (!isObject(node)) return;
  for (const key of TEMPLATING_KEYS) if (key in node) problems.push(`${path}: templating key ${key} left in the output`);
  checkElement(node, path, problems);
  for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`, problems);
}

function checkElement(node: Record<string, unknown>, path: string, problems: string[]): void {
  const type = typeof node.type === "string" ? node.type : undefined;
  const where = `${path} (${type ?? "object"})`;
  if (type === "TextBlock" || type === "TextRun") {
    if (!isText(node.text)) problems.push(`${where}: text is empty or not a string (${JSON.stringify(node.text)})`);
  }
  if (type === "TextBlock" && node.wrap !== true) problems.push(`${where}: wrap must be true so long text stays readable`);
  if (type === "Image" && !isText(node.altText)) problems.push(`${where}: an image needs altText`);
  if (type?.startsWith("Action.")) {
    if (!isText(node.title) && !path.endsWith(".refresh.action")) problems.push(`${where}: action title is empty`);
    if (type === "Action.OpenUrl" && !(typeof node.url === "string" && URL_SCHEMES.test(node.url))) {
      problems.push(`${where}: url ${JSON.stringify(node.url)} is not an https/mailto/tel link`);
    }
    if (type === "Action.Execute" && !isText(node.verb)) problems.push(`${where}: Action.Execute needs a verb`);
  }
  if (type?.startsWith("Input.")) {
    if (!isText(node.id)) problems.push(`${where}: input needs an id`);
    if (!isText(node.label)) problems.push(`${where}: input needs a label (screen readers read it)`);
    if (node.isRequired === true && !isText(node.errorMessage)) problems.push(`${where}: required input needs an errorMessage`);
  }
  if (type === "Input.ChoiceSet" && Array.isArray(node.choices)) {
    node.choices.forEach((choice: unknown, index) => {
      if (!isObject(choice) || !isText(choice.title) || !isText(choice.value)) problems.push(`${where}.choices[${index}]: needs title and value`);
    });
  }
  if (type === "FactSet") {
    const facts = Array.isArray(node.facts) ? node.facts : [];
    if (facts.length === 0) problems.push(`${where}: FactSet without facts`);
    facts.forEach((fact: unknown, index) => {
      if (!isObject(fact) || !isText(fact.title) || !isText(fact.value)) problems.push(`${where}.facts[${index}]: fact needs title and value`);
    });
  }
  if (type === "ActionSet" && !(Array.isArray(node.actions) && node.actions.length > 0)) problems.push(`${where}: ActionSet without actions`);
  if ((type === "Container" || type === "TableCell") && !(Array.isArray(node.items) && node.items.length > 0)) {
    problems.push(`${where}: ${type} without items`);
  }
  if (type === "Table") {
    const columns = Array.isArray(node.columns) ? node.columns.length : 0;
    const rows = Array.isArray(node.rows) ? node.rows : [];
    rows.forEach((row: unknown, index) => {
      const cells = isObject(row) && Array.isArray(row.cells) ? row.cells.length : 0;
      if (cells !== columns) problems.push(`${where}.rows[${index}]: ${cells} cells for ${columns} columns`);
    });
  }
}

const VISIBLE_KEYS = new Set(["text", "title", "value", "ask", "url", "label", "placeholder", "errorMessage", "fallbackText", "tooltip", "altText"]);

/** Every string a person can see or send from the card (texts, titles, fact values, urls, labels, questions a button asks), in order. */
export function cardStrings(json: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown, key: string | undefined): void => {
    if (typeof node === "string") {
      if (key !== undefined && VISIBLE_KEYS.has(key)) found.push(node);
    } else if (Array.isArray(node)) node.forEach((item) => visit(item, key));
    else if (isObject(node)) for (const [childKey, value] of Object.entries(node)) visit(value, childKey);
  };
  visit(json, undefined);
  return found;
}

/** All elements and actions of a type, depth first. */
export function findAll(json: unknown, type: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isObject(node)) {
      if (node.type === type) found.push(node);
      Object.values(node).forEach(visit);
    }
  };
  visit(json);
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value.trim().length > 0;
}
