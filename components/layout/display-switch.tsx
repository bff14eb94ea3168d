"use client";
// Two toggle buttons in the shell (适老化): larger text (150 %) and a high-contrast theme. The choice
// is saved on the user's account; the page takes it at once (classes on <html>, globals.css).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setDisplaySettingsAction } from "@/app/display-actions";
import { useI18n } from "@/lib/i18n/client";
import type { DisplaySettings } from "@/lib/validations/display";

const CLASS: Record<keyof DisplaySettings, string> = { largeText: "large-text", highContrast: "high-contrast" };

export function DisplaySwitch({ initial }: { initial: DisplaySettings }) {
  const { t } = useI18n();
  const router = useRouter();
  const [settings, setSettings] = useState(initial);
  const [isPending, startTransition] = useTransition();
  const toggle = (key: keyof DisplaySettings) => {
    if (isPending) return;
    const next = { ...settings, [key]: !settings[key] };
    setSettings(next);
    document.documentElement.classList.toggle(CLASS[key], next[key]);
    startTransition(async () => {
      const result = await setDisplaySettingsAction(next);
      if (result.ok) router.refresh();
    });
  };
  const button = (key: keyof DisplaySettings, label: string) => (
    // Not disabled while saving: focus stays on the button (it ignores presses until saved).
    <button
      type="button"
      aria-pressed={settings[key]}
      aria-disabled={isPending || undefined}
      data-testid={`display-${key}`}
      onClick={() => toggle(key)}
      className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white"
    >
      {label}
    </button>
  );
  return (
    <div role="group" aria-label={t("a11y.display")} className="flex items-center gap-1">
      {button("largeText", t("a11y.largeText"))}
      {button("highContrast", t("a11y.highContrast"))}
    </div>
  );
}
