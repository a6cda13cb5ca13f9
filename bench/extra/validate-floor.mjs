// The floor of the validation benchmark: read and JSON.parse every file of a
// folder, in parallel on all cores (worker threads), and nothing else.
//   node validate-floor.mjs <dir>
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

if (isMainThread) {
  const dir = process.argv[2];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
  const jobs = availableParallelism();
  const shares = Array.from({ length: jobs }, (_, j) => files.filter((_, i) => i % jobs === j));
  const counts = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: share });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  console.log(`${counts.reduce((a, b) => a + b, 0)} files parsed`);
} else {
  let parsed = 0;
  for (const file of workerData) {
    try {
      JSON.parse(readFileSync(file, 'utf8'));
      parsed++;
    } catch {
      // A file that is not JSON costs its read and its failed parse, like any other.
    }
  }
  parentPort.postMessage(parsed);
}
