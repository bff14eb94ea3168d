"use client";
// Step 1: paste the document's text or upload a .pdf / .doc / .docx / .txt file, then extract.
import { useState, useTransition } from "react";
import { describeFailure } from "@/components/admin/failure-message";
import { FormMessage } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import type { Result } from "@/lib/result";

export function SourceStep({
  text,
  onTextChange,
  readFile,
  onExtract,
  isExtracting,
  error,
}: {
  text: string;
  onTextChange: (text: string) => void;
  readFile: (formData: FormData) => Promise<Result<{ text: string; name: string }>>;
  onExtract: () => void;
  isExtracting: boolean;
  error: string | null;
}) {
  const { t, locale } = useI18n();
  const [fileMessage, setFileMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [isReading, startReading] = useTransition();

  function upload(file: File | undefined) {
    if (!file) return;
    setFileName(file.name);
    const data = new FormData();
    data.set("file", file);
    setFileMessage(null);
    startReading(async () => {
      const result = await readFile(data);
      if (result.ok) {
        onTextChange(result.data.text);
        setFileMessage({ tone: "success", text: t("admin.import.fileRead", { name: result.data.name, chars: new Intl.NumberFormat(locale).format(result.data.text.length) }) });
      } else {
        const key = result.fieldErrors?.file?.[0]?.code;
        setFileMessage({ tone: "error", text: key ? t(key) : describeFailure(t, result) });
      }
    });
  }

  return (
    <div className="space-y-4">
      <div>
        <p className="text-sm font-medium text-slate-700">{t("admin.import.upload")}</p>
        {/* The browser's own file button speaks the browser's language: ours speaks the user's. */}
        <label className="mt-1 flex w-full cursor-pointer flex-wrap items-center gap-3 text-sm">
          <input
            id="import-file"
            type="file"
            accept=".pdf,.doc,.docx,.txt,application/pdf,application/msword,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => upload(e.target.files?.[0])}
            disabled={isReading}
            className="sr-only"
          />
          <span className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">{t("admin.import.chooseFile")}</span>
          <span className="min-w-0 truncate text-slate-600">{fileName ?? t("admin.import.noFileChosen")}</span>
        </label>
        <p className="mt-1 text-xs text-slate-500">{isReading ? t("admin.import.reading") : t("admin.import.uploadHint")}</p>
        {fileMessage && (
          <div className="mt-2">
            <FormMessage tone={fileMessage.tone} testId="file-message">
              {fileMessage.text}
            </FormMessage>
          </div>
        )}
      </div>
      <div>
        <label htmlFor="import-text" className="text-sm font-medium text-slate-700">
          {t("admin.import.paste")}
        </label>
        <textarea
          id="import-text"
          value={text}
          onChange={(e) => onTextChange(e.target.value)}
          rows={12}
          placeholder={t("admin.import.pastePlaceholder")}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base leading-6 outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100 sm:text-sm"
        />
      </div>
      {error && <FormMessage tone="error">{error}</FormMessage>}
      <button
        type="button"
        onClick={onExtract}
        disabled={isExtracting || text.trim() === ""}
        className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {isExtracting ? t("admin.import.extracting") : t("admin.import.extract")}
      </button>
    </div>
  );
}
