"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";

/**
 * The desk list's selection: how many rows are ticked, a "select all" box in the table's header,
 * and the bulk panel, shown only while something is selected. The row boxes stay plain form
 * inputs (`claimIds`), so the bulk form posts them as it always did; this only counts them.
 * Without JavaScript every control shows (the stylesheet hides the panel only when scripting is on).
 */
type Selection = { selected: number; total: number; selectAll: (checked: boolean) => void };
const SelectionContext = createContext<Selection>({ selected: 0, total: 0, selectAll: () => {} });

const ROW_BOXES = 'input[type="checkbox"][name="claimIds"]';

export function BulkSelection({ rowKey, children }: { rowKey: string; children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const [counts, setCounts] = useState({ selected: 0, total: 0 });
  const recount = useCallback(() => {
    const boxes = root.current ? [...root.current.querySelectorAll<HTMLInputElement>(ROW_BOXES)] : [];
    setCounts({ selected: boxes.filter((box) => box.checked).length, total: boxes.length });
  }, []);
  const selectAll = useCallback(
    (checked: boolean) => {
      for (const box of root.current?.querySelectorAll<HTMLInputElement>(ROW_BOXES) ?? []) box.checked = checked;
      recount();
    },
    [recount],
  );

  // A new page of rows (another filter, search or page) comes with its own boxes.
  useEffect(recount, [rowKey, recount]);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    // A bulk action that succeeds resets its form (React does), unticking every box without a change event.
    const afterReset = () => setTimeout(recount, 0);
    element.addEventListener("change", recount);
    element.addEventListener("reset", afterReset, true);
    return () => {
      element.removeEventListener("change", recount);
      element.removeEventListener("reset", afterReset, true);
    };
  }, [recount]);

  return (
    <SelectionContext.Provider value={{ ...counts, selectAll }}>
      <div ref={root} className="bulk" data-selected={counts.selected}>
        {children}
      </div>
    </SelectionContext.Provider>
  );
}

/** The bulk controls, with how many claims they will change. */
export function BulkPanel({ children }: { children: ReactNode }) {
  const { selected } = useContext(SelectionContext);
  return (
    <div className="bulk-panel" data-testid="bulk-panel">
      <p className="bulk-panel__count" role="status">
        {selected === 0 ? "" : `${selected} claim${selected === 1 ? "" : "s"} selected`}
      </p>
      {children}
    </div>
  );
}

export function SelectAllBox() {
  const { selected, total, selectAll } = useContext(SelectionContext);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = selected > 0 && selected < total;
  }, [selected, total]);
  return (
    <label className="select-all">
      <input
        ref={box}
        type="checkbox"
        checked={total > 0 && selected === total}
        disabled={total === 0}
        onChange={(event) => selectAll(event.target.checked)}
        data-testid="select-all"
      />
      <span className="select-all__text">Select all on this page</span>
    </label>
  );
}
