"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md bg-brand-600 px-3 py-1 font-medium text-white hover:bg-brand-700" data-testid="print-button">
      {label}
    </button>
  );
}
