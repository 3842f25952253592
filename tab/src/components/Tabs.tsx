// A row of tabs (WAI-ARIA tabs pattern: one tab in the tab order, arrows move, the row wraps on a phone). Our own
// rather than Fluent's TabList, whose focus helpers add aria-hidden focusable elements that axe reports
// (aria-hidden-focus) on every view.
import { useRef, type KeyboardEvent } from "react";
import { tokens } from "@fluentui/react-components";

export interface TabsProps<T extends string> {
  readonly tabs: readonly { readonly value: T; readonly label: string }[];
  readonly selected: T;
  readonly onSelect: (value: T) => void;
  readonly label: string;
  readonly size?: "small" | "medium";
}

export function Tabs<T extends string>({ tabs, selected, onSelect, label, size = "medium" }: TabsProps<T>) {
  const row = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.findIndex((x) => x.value === selected);
    const to = e.key === "ArrowRight" ? (i + 1) % tabs.length : e.key === "ArrowLeft" ? (i - 1 + tabs.length) % tabs.length : e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    onSelect(tabs[to].value);
    requestAnimationFrame(() => row.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[to]?.focus());
  };
  return (
    <div ref={row} role="tablist" aria-label={label} onKeyDown={onKeyDown} className="tabs" style={{ display: "flex", flexWrap: "wrap", gap: 2 }}>
      {tabs.map((x) => {
        const on = x.value === selected;
        return (
          <button key={x.value} type="button" role="tab" aria-selected={on} tabIndex={on ? 0 : -1} onClick={() => onSelect(x.value)} className="tab"
            style={{ font: "inherit", fontSize: size === "small" ? 13 : 14, fontWeight: on ? 600 : 400, padding: size === "small" ? "4px 8px" : "8px 12px", background: "transparent", color: on ? tokens.colorNeutralForeground1 : tokens.colorNeutralForeground2, border: "none", borderBottom: `3px solid ${on ? tokens.colorCompoundBrandStroke : "transparent"}`, cursor: "pointer", borderRadius: 0 }}>
            {x.label}
          </button>
        );
      })}
    </div>
  );
}
