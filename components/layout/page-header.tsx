// A page's heading band: the title with its lines below (and, above it, a way back), and the page's
// controls on the right.
import type { ReactNode } from "react";

export function PageHeader({ title, titleTestId, above, actions, children }: { title: ReactNode; titleTestId?: string; above?: ReactNode; actions?: ReactNode; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        {above}
        <h1 className="text-2xl font-semibold" data-testid={titleTestId}>
          {title}
        </h1>
        {children}
      </div>
      {actions}
    </div>
  );
}
