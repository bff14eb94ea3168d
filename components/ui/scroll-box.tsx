"use client";
// A box that scrolls sideways (a wide table or chart on a narrow screen). While its content overflows
// it is a named region in the tab order, so a keyboard user can focus it and scroll with the arrow
// keys (WCAG 2.1.1); when everything fits it is not a tab stop. Without JavaScript (the printed
// report) it stays focusable. A control focused under a sticky first column is scrolled out from
// under it (WCAG 2.4.7: the focused control stays visible).
import { useEffect, useRef, useState, type FocusEvent, type ReactNode } from "react";

/** The right edge of the sticky cells in the focused control's row, if they cover its left edge. */
function coveredBy(target: HTMLElement): number {
  const row = target.closest("tr");
  if (!row) return 0;
  const left = target.getBoundingClientRect().left;
  let cover = 0;
  for (const cell of row.cells) {
    if (cell.contains(target) || getComputedStyle(cell).position !== "sticky") continue;
    cover = Math.max(cover, cell.getBoundingClientRect().right);
  }
  return cover > left ? cover - left : 0;
}

export function ScrollBox({ label, className = "", testId, children }: { label: string; className?: string; testId?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [isScrollable, setScrollable] = useState(true);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrollable(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  const reveal = (event: FocusEvent<HTMLDivElement>) => {
    const box = event.currentTarget;
    const target = event.target;
    if (target === box) return;
    const hidden = coveredBy(target);
    if (hidden > 0) box.scrollLeft -= hidden + 8;
  };
  return (
    <div
      ref={ref}
      className={`overflow-x-auto ${className}`}
      data-testid={testId}
      role="region"
      aria-label={label}
      tabIndex={isScrollable ? 0 : undefined}
      onFocus={reveal}
    >
      {children}
    </div>
  );
}
