// A progress note's evidence files as download links (GET /api/v1/evidence/ID checks the reader's scope).
import type { Translate } from "@/lib/i18n/translate";

export function EvidenceLinks({ t, files }: { t: Translate; files: readonly { id: number; fileName: string }[] }) {
  if (files.length === 0) return null;
  return (
    <ul className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-sm" aria-label={t("warnings.task.files")}>
      {files.map((file) => (
        <li key={file.id} className="min-w-0 break-all">
          <a href={`/api/v1/evidence/${file.id}`} className="text-sky-700 hover:underline" aria-label={t("assessment.evidence.download", { file: file.fileName })} data-testid="note-evidence">
            {file.fileName}
          </a>
        </li>
      ))}
    </ul>
  );
}
