import type { Metadata } from "next";
import { z } from "zod";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { readSecondFactorCookie } from "@/lib/auth/second-factor-cookie";
import { describeChallenge } from "@/lib/data/second-factor";
import { getTranslator } from "@/lib/i18n/server";
import { safeReturnPath } from "@/lib/security/return-path";
import { SecondFactorForm, type SecondFactorStep } from "./second-factor-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("auth.secondFactor.title") };
}

const searchSchema = z.object({ callbackUrl: z.unknown().transform(safeReturnPath) });

// The second step of a sign-in whose password was right: the pending step named by its cookie (no
// session exists yet) asks for the code, or, for a user without a second factor, enrols one. Anyone
// may open the page; without a live step it only says to sign in again.
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t } = await getTranslator();
  const parsed = searchSchema.safeParse(await searchParams);
  const callbackUrl = parsed.success ? parsed.data.callbackUrl : "/";
  const challengeId = await readSecondFactorCookie();
  const challenge = challengeId ? await describeChallenge(challengeId) : null;
  const step: SecondFactorStep | null = challenge && {
    username: challenge.username,
    enrol: challenge.enrol && {
      secret: challenge.enrol.secret,
      qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(challenge.enrol.qrSvg).toString("base64")}`,
    },
  };
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 px-4 py-10">
      <div className="absolute right-4 top-4">
        <LanguageSwitch />
      </div>
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-medium text-brand-700">{t("app.fullName")}</p>
        <h1 className="mt-1 text-2xl font-semibold">{t("auth.secondFactor.title")}</h1>
        <SecondFactorForm callbackUrl={callbackUrl} step={step} />
      </div>
    </main>
  );
}
