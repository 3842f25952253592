// Fuzzed Bot Framework activities from a seeded generator: a valid message with fields replaced by values of the
// wrong type, odd strings and deep nesting. Used by the errors test (a few hundred) and bench/fuzz.bench.ts (10,000).

/** A small deterministic PRNG (mulberry32), so a failing case can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A marker the fuzzer puts in strings: an answer that contains it echoed the request. */
export const ECHO_MARKER = "zqxj";

const FIELDS = ["type", "id", "serviceUrl", "channelId", "from", "recipient", "conversation", "text", "locale", "name", "value", "action", "membersAdded", "entities", "attachments", "channelData", "timestamp", "deliveryMode", "replyToId"];

/** One fuzzed activity (as an object, or sometimes as broken JSON text). */
export function fuzzedActivity(random: () => number, serviceUrl: string): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const odd = (): unknown => pick<() => unknown>([
    () => 3.14,
    () => -1,
    () => null,
    () => true,
    () => [],
    () => ({}),
    () => `${ECHO_MARKER}${"x".repeat(Math.floor(random() * 50))}`,
    () => `${ECHO_MARKER}\u0000\u202e<script>`,
    () => ({ id: 7, name: [ECHO_MARKER] }),
    () => [{ id: null }],
    () => "9".repeat(300),
    () => ({ toString: ECHO_MARKER, __proto__: { polluted: true } }),
    () => nested(Math.floor(random() * 40)),
  ])();
  const activity: Record<string, unknown> = {
    type: "message",
    id: `m${Math.floor(random() * 1e9)}`,
    text: "hvem er fyrtårn for pas?",
    locale: "da-DK",
    channelId: "msteams",
    serviceUrl,
    from: { id: "29:fuzz", name: "Fuzz" },
    recipient: { id: "bot-1", name: "Fyrtårn" },
    conversation: { id: "a:fuzz", conversationType: "personal" },
    deliveryMode: "expectReplies",
  };
  const changes = 1 + Math.floor(random() * 3);
  for (let i = 0; i < changes; i++) {
    const field = pick(FIELDS);
    if (random() < 0.15) delete activity[field];
    else activity[field] = odd();
  }
  if (random() < 0.05) return JSON.stringify(activity).slice(0, Math.floor(random() * 80)) + ECHO_MARKER;
  if (random() < 0.05) return pick<unknown>([[activity], 42, `"${ECHO_MARKER}"`, null]);
  return activity;
}

function nested(depth: number): unknown {
  let value: unknown = ECHO_MARKER;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
