// Run as a child process by test/io/write-atomic-kill.test.ts, which kills it
// with SIGKILL at random moments: writes large report-like documents to one
// file, again and again, each carrying a digest of its own content so that a
// reader can tell a complete version from a partial one.
import { createHash } from 'node:crypto';
import { writeFileAtomic } from '../../src/io/write-atomic.js';

const target = process.argv[2];
const items = Number(process.argv[3] ?? '20000');
if (target === undefined) throw new Error('usage: atomic-writer <target> [items]');

/** A document whose every part depends on its version, with the digest of the rest. */
function versionText(writer: number, version: number, count: number): string {
  const answers = Array.from({ length: count }, (_, i) => ({
    id: `q${i}`,
    score: ((i * 7 + version) % 101) / 100,
    note: `w${writer}v${version}`,
  }));
  const body = { kind: 'report', formatVersion: 1, writer, version, answers };
  const digest = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  return JSON.stringify({ ...body, digest });
}

for (let version = 1; ; version++) {
  await writeFileAtomic(target, versionText(process.pid, version, items), { force: true });
  if (version === 1) process.stdout.write('written\n');
}
