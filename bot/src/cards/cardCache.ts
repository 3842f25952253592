// Memoises rendered cards by what they show. Many questions repeat ("hvem er fyrtårn for pas", "dagens
// rulleplan"), and expanding a template costs far more than building its key, so a repeated answer skips the
// templating engine. The cache holds no per-user state: the key is the whole view model, so two users get the
// same card only when it would be the same anyway. Cards are frozen, as one object is handed out many times.
import type { AdaptiveCard } from "./cardData";

/** A least-recently-used map of rendered cards. */
export class CardCache {
  private readonly cards = new Map<string, AdaptiveCard>();

  constructor(private readonly maxEntries: number) {
    if (!(maxEntries >= 1)) throw new Error(`CardCache needs room for at least one card, got ${maxEntries}`);
  }

  /** The cached card for `key`, or the one `render` makes (then cached, frozen). */
  getOrRender(key: string, render: () => AdaptiveCard): AdaptiveCard {
    const hit = this.cards.get(key);
    if (hit !== undefined) {
      this.cards.delete(key);
      this.cards.set(key, hit);
      return hit;
    }
    const card = deepFreeze(render());
    this.cards.set(key, card);
    if (this.cards.size > this.maxEntries) {
      const oldest = this.cards.keys().next();
      if (!oldest.done) this.cards.delete(oldest.value);
    }
    return card;
  }

  get size(): number {
    return this.cards.size;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
