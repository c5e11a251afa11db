import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/server/auth/get-actor";
import { getStudySettings } from "@/lib/server/data/reviews/get-study-settings";
import { listApiTokens } from "@/lib/server/data/tokens/list-api-tokens";
import { canEditQuestions } from "@/lib/server/permissions/roles";
import { ApiTokens } from "@/components/settings/api-tokens";
import { StudySettingsForm } from "@/components/settings/study-settings-form";
import { DownloadMyData } from "@/components/settings/download-my-data";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent("/settings")}`);
  const [settings, tokens] = await Promise.all([getStudySettings({ actor }), listApiTokens({ actor })]);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
      <section className="mt-6" aria-labelledby="study-heading">
        <h2 id="study-heading" className="text-lg font-semibold">
          Study
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">How the daily review is scheduled. Changes apply to the next item you answer.</p>
        <StudySettingsForm
          initial={{
            desiredRetention: settings.desiredRetention,
            newPerDay: settings.newPerDay,
            dailyGoal: settings.dailyGoal,
            timeZone: settings.timeZone,
            dayStartHour: settings.dayStartHour,
          }}
          timeZones={Intl.supportedValuesOf("timeZone")}
          timeZoneChosen={settings.timeZoneChosen}
        />
      </section>
      <section className="mt-10" aria-labelledby="data-heading">
        <h2 id="data-heading" className="text-lg font-semibold">
          Download my data
        </h2>
        <DownloadMyData />
      </section>
      <section className="mt-10" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          API tokens
        </h2>
        <ApiTokens initial={tokens} canAuthor={canEditQuestions(actor)} />
      </section>
    </>
  );
}
