// `npm run -s jobs:run`: runs the scheduled jobs that are due (reminders, e-mail, digests) once and
// exits, for deployments that drive them from cron instead of (or besides) the app servers. The
// job rows in the database make sure each occurrence runs once however many runners start.
//   --force   run every job now, even before its next scheduled time
import { runDueJobs } from "@/lib/data/jobs/runner";

async function main() {
  const report = await runDueJobs({ force: process.argv.includes("--force") });
  console.log(JSON.stringify(report));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
