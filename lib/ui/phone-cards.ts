// Tables that turn into cards on a phone (below Tailwind's `sm`): the header row hides, each row
// becomes a grid, and each cell shows its column's name above its value, taken from the cell's
// `data-label`. The markup stays a table, so keyboard order and screen readers are unchanged.

/** On the <table>, <tbody> and any other wrapper row group or full-width row. */
export const PHONE_BLOCK = "max-sm:block";

/** On the <thead>. */
export const PHONE_HIDDEN = "max-sm:hidden";

/** On a cell with a `data-label`: the label above the value, no table padding. */
export const PHONE_LABELLED = "max-sm:p-0 max-sm:before:block max-sm:before:text-xs max-sm:before:text-slate-500 max-sm:before:content-[attr(data-label)]";
