// Worker thread entry: analyses one document's text (workerData) and posts the result. Runs apart
// from the server's request thread, so a long analysis holds no other request, and can be ended.
import { parentPort, workerData } from "node:worker_threads";
import { analyseText, type AnalysisReferences } from "@/lib/domain/plan-import/analyse";

const { text, references } = workerData as { text: string; references: AnalysisReferences };
parentPort?.postMessage(analyseText(text, references));
