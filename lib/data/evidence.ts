// Evidence files (见证材料) as rows: saving one for its owner (an assessment item, an appeal, a
// rectification note) and reading one back for a user whose scope covers the owner's region. The
// callers check who may attach to the owner; the bytes go through lib/files/evidence-store.ts.
import "server-only";
import { db } from "@/lib/db";
import type { DbWriter } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import { checkEvidence, evidenceMaxBytes, getEvidenceBytes, putEvidenceBytes } from "@/lib/files/evidence-store";
import { can, isPathInScope } from "@/lib/permissions";
import { failure, invalidField, type Result } from "@/lib/result";
import { recordAudit } from "./audit";

/** Exactly one owner. */
export type EvidenceOwner = { resultId: number; itemCode: string } | { appealId: number } | { rectificationNoteId: number };

export interface EvidenceMeta {
  id: number;
  fileName: string;
  mimeType: string;
  size: number;
  uploadedAt: string;
  uploadedBy: string | null;
}

const MB = 1024 * 1024;
const sizeText = (bytes: number) => (bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`);

/** A file name as stored: no folders, no control characters, at most 200 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  return (cleaned || "file").slice(-200);
}

/**
 * Checks the file (kind by content, size) and saves it for the owner inside the caller's transaction,
 * with an audit event under the owner region's path. The failure names the "file" field.
 */
export async function saveEvidence(tx: DbWriter, user: SessionUser, file: File, owner: EvidenceOwner, regionPath: string): Promise<Result<EvidenceMeta>> {
  const fileName = cleanFileName(file.name);
  const maxBytes = evidenceMaxBytes();
  // Refused before the bytes are read.
  if (file.size > maxBytes || file.size === 0) {
    return invalidField("file", file.size === 0 ? "assessment.evidence.empty" : "assessment.evidence.tooLarge", { max: sizeText(maxBytes) });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkEvidence(bytes, fileName);
  if (!check.ok) {
    const code = { EMPTY: "empty", TOO_LARGE: "tooLarge", TYPE: "type", NAME: "name" }[check.problem];
    return invalidField("file", `assessment.evidence.${code}`, { max: sizeText(check.maxBytes) });
  }
  const stored = await putEvidenceBytes(bytes, check.sha256);
  const row = await tx.evidenceFile.create({
    data: { ...owner, fileName, mimeType: check.mimeType, size: bytes.byteLength, sha256: check.sha256, ...stored, uploadedById: user.id },
    select: { id: true, fileName: true, mimeType: true, size: true, uploadedAt: true },
  });
  await recordAudit(tx, user, {
    action: "evidence.upload",
    entityType: "EvidenceFile",
    entityId: row.id,
    after: { ...owner, fileName, mimeType: check.mimeType, size: row.size, sha256: check.sha256 },
    regionPath,
  });
  return { ok: true, data: { ...row, uploadedAt: row.uploadedAt.toISOString(), uploadedBy: user.name } };
}

const ownerRegion = {
  result: { select: { region: { select: { path: true } } } },
  appeal: { select: { result: { select: { region: { select: { path: true } } } } } },
  rectificationNote: { select: { task: { select: { card: { select: { region: { select: { path: true } } } } } } } },
} as const;

/** A file with its bytes, when the user's scope covers its owner's region; NOT_FOUND otherwise (also for removed files). */
export async function readEvidence(user: SessionUser, id: number): Promise<Result<EvidenceMeta & { content: Buffer }>> {
  const row = await db.evidenceFile.findUnique({
    where: { id },
    select: { id: true, fileName: true, mimeType: true, size: true, uploadedAt: true, deletedAt: true, content: true, storageKey: true, uploadedBy: { select: { name: true } }, ...ownerRegion },
  });
  const path = row?.result?.region.path ?? row?.appeal?.result.region.path ?? row?.rectificationNote?.task.card.region.path;
  if (!row || row.deletedAt || !path || !isPathInScope(user, path)) return failure("NOT_FOUND");
  // Assessment evidence is for those who take part in the assessment; a progress note's files for
  // whoever sees the card (its region in scope, as lib/data/warnings/list.ts reads cards).
  if ((row.result || row.appeal) && !can(user, "assessment.view")) return failure("NOT_FOUND");
  const content = await getEvidenceBytes(row);
  if (!content) return failure("NOT_FOUND", { reason: "assessment.evidence.missing" });
  return {
    ok: true,
    data: { id: row.id, fileName: row.fileName, mimeType: row.mimeType, size: row.size, uploadedAt: row.uploadedAt.toISOString(), uploadedBy: row.uploadedBy?.name ?? null, content },
  };
}

/** The files of one owner, oldest first (no bytes). */
export async function listEvidence(tx: DbWriter, where: { resultId: number } | { appealId: { in: number[] } }) {
  const rows = await tx.evidenceFile.findMany({
    where: { ...where, deletedAt: null },
    orderBy: { id: "asc" },
    select: { id: true, itemCode: true, appealId: true, fileName: true, mimeType: true, size: true, uploadedAt: true, uploadedBy: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, itemCode: r.itemCode, appealId: r.appealId, fileName: r.fileName, mimeType: r.mimeType, size: r.size, uploadedAt: r.uploadedAt.toISOString(), uploadedBy: r.uploadedBy?.name ?? null }));
}
