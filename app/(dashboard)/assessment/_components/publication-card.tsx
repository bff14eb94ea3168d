// The year's publication: once published, the version and appeal deadline with the notice (page,
// Word, PDF); before, the assessing office's publish button. The office can also start next year's
// scheme as a copy of this one.
import { Card } from "@/components/ui/card";
import type { AssessmentYear } from "@/lib/data/assessment/year";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { copySchemeAction, publishAction } from "../actions";
import { FieldsForm } from "../_forms/fields-form";

const LINK = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-sky-800 hover:bg-slate-50";

export function PublicationCard({ data, years, t, locale }: { data: AssessmentYear; years: readonly number[]; t: Translate; locale: Locale }) {
  const { publication, year, region } = data;
  const search = new URLSearchParams({ region: region.code }).toString();
  const nextYear = year + 1;
  return (
    <Card title={t("assessment.process.publishHeading")}>
      <div className="space-y-3 text-sm" data-testid="publication">
        {publication ? (
          <>
            <p data-testid="publication-status">
              {t("assessment.process.published", { version: publication.version, date: formatDate(locale, publication.publishedAt), deadline: formatDate(locale, publication.appealDeadline) })}
            </p>
            <div className="flex flex-wrap gap-2">
              <a className={LINK} href={`/assessment-notice?year=${year}&${search}`} data-testid="notice-view">{t("assessment.process.noticeView")}</a>
              <a className={LINK} href={`/api/v1/assessments/${year}/notice.docx?${search}`} data-testid="notice-docx">{t("assessment.process.noticeDocx")}</a>
              <a className={LINK} href={`/api/v1/assessments/${year}/notice.pdf?${search}`} data-testid="notice-pdf">{t("assessment.process.noticePdf")}</a>
            </div>
          </>
        ) : (
          data.isAssessingOffice && (
            <>
              <p className="text-slate-600">{t("assessment.process.publishIntro", { days: data.scheme.appealDays })}</p>
              <FieldsForm id="publish-form" hidden={{ year, region: region.code }} fields={[]} submitLabel={t("assessment.process.publish", { year })} success={t("assessment.process.publishedDone")} action={publishAction} />
            </>
          )
        )}
        {data.isAssessingOffice && !years.includes(nextYear) && (
          <FieldsForm
            id="copy-scheme-form"
            hidden={{ region: region.code, fromYear: year, toYear: nextYear }}
            fields={[]}
            submitLabel={t("assessment.schemes.copy", { year: nextYear })}
            success={t("assessment.schemes.copied", { year: nextYear })}
            action={copySchemeAction}
          />
        )}
      </div>
    </Card>
  );
}
