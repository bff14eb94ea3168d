// One region's assessment process as its page shows it: the user's role, the step reached, the
// self-assessed and verified scores with their reasons, the evidence per item, the on-site checks
// and the appeals, and which actions the user may take now.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Result } from "@/lib/result";
import { listEvidence } from "../evidence";
import { loadResultContext, type AssessmentRole } from "./access";
import { loadPublications } from "./published";

export interface ProcessView {
  role: AssessmentRole;
  status: string | null;
  explanation: string;
  returnComment: string;
  items: Record<string, { selfPoints: number | null; selfReason: string | null; verifiedPoints: number | null; verifiedReason: string | null }>;
  evidence: Awaited<ReturnType<typeof listEvidence>>;
  checks: { id: number; itemCode: string | null; checkedOn: string; findings: string; checkedBy: string | null }[];
  appeals: {
    id: number;
    itemCode: string;
    reason: string;
    requestedPoints: number | null;
    status: string;
    filedAt: string;
    filedBy: string | null;
    decision: string;
    decidedAt: string | null;
    correctedInVersion: number | null;
  }[];
  published: boolean;
  /** Until when an appeal may be filed (ISO), while the window is open. */
  appealOpenUntil: string | null;
  can: { selfAssess: boolean; verify: boolean; appeal: boolean; decide: boolean };
}

export async function getProcessView(user: SessionUser, year: number, regionCode: string, now = new Date()): Promise<Result<ProcessView>> {
  const loaded = await loadResultContext(user, year, regionCode);
  if (!loaded.ok) return loaded;
  const { role, result, scheme } = loaded.data;
  const [row, publications] = await Promise.all([
    result
      ? db.assessmentResult.findUnique({
          where: { id: result.id },
          select: {
            items: { select: { itemCode: true, selfPoints: true, selfReason: true, verifiedPoints: true, verifiedReason: true } },
            checks: { orderBy: { checkedOn: "asc" }, select: { id: true, itemCode: true, checkedOn: true, findings: true, checkedBy: { select: { name: true } } } },
            appeals: {
              orderBy: { filedAt: "asc" },
              select: { id: true, itemCode: true, reason: true, requestedPoints: true, status: true, filedAt: true, filedBy: { select: { name: true } }, decision: true, decidedAt: true, correctedIn: { select: { version: true } } },
            },
          },
        })
      : null,
    loadPublications(db, scheme.id),
  ]);
  const appealIds = row?.appeals.map((a) => a.id) ?? [];
  const evidence = result ? [...(await listEvidence(db, { resultId: result.id })), ...(appealIds.length > 0 ? await listEvidence(db, { appealId: { in: appealIds } }) : [])] : [];
  const first = publications.at(-1);
  const published = publications.length > 0;
  // The window runs from the first publication; a corrected version does not reopen it.
  const appealOpenUntil = first && now <= first.appealDeadline ? first.appealDeadline.toISOString() : null;
  const status = published && result ? "PUBLISHED" : (result?.status ?? null);
  const editable = !published && (status === null || status === "DRAFT" || status === "RETURNED");
  const pending = row?.appeals.some((a) => a.status === "PENDING") ?? false;
  return {
    ok: true,
    data: {
      role,
      status,
      explanation: result?.explanation ?? "",
      returnComment: result?.returnComment ?? "",
      items: Object.fromEntries((row?.items ?? []).map(({ itemCode, ...rest }) => [itemCode, rest])),
      evidence,
      checks: (row?.checks ?? []).map((c) => ({ id: c.id, itemCode: c.itemCode, checkedOn: c.checkedOn.toISOString().slice(0, 10), findings: c.findings, checkedBy: c.checkedBy?.name ?? null })),
      appeals: (row?.appeals ?? []).map((a) => ({
        id: a.id,
        itemCode: a.itemCode,
        reason: a.reason,
        requestedPoints: a.requestedPoints,
        status: a.status,
        filedAt: a.filedAt.toISOString(),
        filedBy: a.filedBy?.name ?? null,
        decision: a.decision,
        decidedAt: a.decidedAt?.toISOString() ?? null,
        correctedInVersion: a.correctedIn?.version ?? null,
      })),
      published,
      appealOpenUntil,
      can: {
        selfAssess: role === "ASSESSED" && editable,
        verify: role === "ASSESSING" && !published && (status === "SUBMITTED" || status === "VERIFIED"),
        appeal: role === "ASSESSED" && published && appealOpenUntil !== null,
        decide: role === "ASSESSING" && pending,
      },
    },
  };
}
