import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { descriptorKind, FdOutput } from '../../src/io/fd-output.js';

const posix = process.platform !== 'win32';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'selfassess-fd-output-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const never = () => {
  throw new Error('not a broken pipe');
};

describe('FdOutput', () => {
  it('writes strings (UTF-8) and bytes whole and in order, to a file', () => {
    const file = path.join(dir, 'out.txt');
    const fd = openSync(file, 'w');
    const out = new FdOutput(fd, never);
    expect(out.write('Côte d’Ivoire « ok »\n')).toBe(true);
    out.write(Buffer.from('bytes\n'));
    out.write('latin1 é\n', 'latin1');
    closeSync(fd);
    expect(readFileSync(file)).toEqual(Buffer.concat([Buffer.from('Côte d’Ivoire « ok »\nbytes\n'), Buffer.from('latin1 é\n', 'latin1')]));
    expect(out.isTTY).toBe(false);
  });

  it('calls a write callback and an end callback, after returning', async () => {
    const fd = openSync(path.join(dir, 'callbacks.txt'), 'w');
    const out = new FdOutput(fd, never);
    const calls: string[] = [];
    out.write('a', () => calls.push('write'));
    out.end('b', () => calls.push('end'));
    calls.push('returned');
    await new Promise((resolve) => setImmediate(resolve));
    closeSync(fd);
    expect(calls).toEqual(['returned', 'write', 'end']);
    expect(readFileSync(path.join(dir, 'callbacks.txt'), 'utf8')).toBe('ab');
  });

  it.runIf(posix)('waits on a full non-blocking pipe (EAGAIN) until everything is written', async () => {
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const copy = path.join(dir, 'copy.bin');
    const reader = spawn('sh', ['-c', `sleep 0.2; cat "${fifo}" > "${copy}"`]);
    const exited = new Promise((resolve) => reader.on('exit', resolve));
    // Opened for reading here too (never read), so that the pipe has a reader before \`cat\` starts.
    const keep = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    const bytes = Buffer.from(Array.from({ length: 1 << 20 }, (_, i) => (i * 31) & 0xff));
    const out = new FdOutput(fd, never);
    out.write(bytes.subarray(0, 1000));
    out.write(bytes.subarray(1000));
    closeSync(fd);
    closeSync(keep);
    await exited;
    expect(readFileSync(copy).equals(bytes)).toBe(true);
  });

  it.runIf(posix)('calls brokenPipe when the reader has gone (EPIPE), and writes nothing more', () => {
    const fifo = path.join(dir, 'closed-fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    closeSync(reader);
    let broken = 0;
    const out = new FdOutput(fd, () => broken++);
    expect(out.write('lost\n')).toBe(false);
    closeSync(fd);
    expect(broken).toBe(1);
  });
});

describe('descriptorKind', () => {
  it.runIf(posix)('tells a file (direct) from a character device (device) and a closed descriptor (other)', () => {
    const file = openSync(path.join(dir, 'plain.txt'), 'w');
    const devNull = openSync('/dev/null', 'w');
    expect(descriptorKind(file)).toBe('direct');
    // On Linux /dev/null is known not to be a terminal (a memory device); elsewhere it is a device to ask about.
    expect(descriptorKind(devNull)).toBe(process.platform === 'linux' ? 'direct' : 'device');
    closeSync(file);
    closeSync(devNull);
    expect(descriptorKind(file)).toBe('other');
  });

  it.runIf(posix)('is direct for a named pipe', () => {
    const fifo = path.join(dir, 'named');
    execFileSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    expect(descriptorKind(reader)).toBe('direct');
    closeSync(reader);
  });
});
