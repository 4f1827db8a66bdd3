/**
 * Runs one stage of the build benchmark as a child process and measures it
 * with everything it starts (npm, Node, Astro, Chromium's processes, the
 * Pagefind binary):
 *
 * - wall time: measured by this process around the child (hrtime);
 * - CPU time (user + system): the larger of two lower bounds.
 *   - GNU time (`/usr/bin/time`) reports the child's own and that of every
 *     descendant it and they waited for, to which is added the time sampled
 *     from /proc of descendants that outlived their parent (e.g. a helper
 *     binary its Node process left behind on exit).
 *   - The sum of every process's CPU time as last sampled from /proc (a
 *     process's last interval before it ends is not seen). Chromium's
 *     renderer and utility processes are not waited for by a process GNU
 *     time hears from: in the reports stage at 50 policies GNU time counted
 *     26 s of the 72 s the machine was busy (2026-12-04), and the samples
 *     see them.
 *   Without /usr/bin/time, CPU time is the sampled time alone;
 * - the machine's busy time (/proc/stat, every core, user + system + other
 *   non-idle time) over the stage: on a quiet machine, the stage's CPU time
 *   including everything the other figures miss;
 * - peak memory: the largest sum of the proportional set size (PSS) of all
 *   the stage's processes, sampled from /proc/<pid>/smaps_rollup every
 *   PSS_EVERY samples (reading it costs about 2 ms a process): memory shared
 *   between processes (Chromium's, libraries) is divided among them, so the
 *   sum is what the stage holds. Also the largest sum of their resident
 *   memory (RSS) every SAMPLE_MS, which counts shared memory once per
 *   process (an upper bound), and the largest single process's peak RSS
 *   (GNU time's %M).
 *
 * Linux only (/proc). The child's output goes to a log file.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';

/** Sampling period of /proc, in milliseconds. */
export const SAMPLE_MS = 100;
/** PSS is read every this many samples. */
export const PSS_EVERY = 5;
const GNU_TIME = '/usr/bin/time';
const TICK_MS = 10; // USER_HZ = 100 on Linux
const PAGE_KB = 4;

/** What one measured stage cost. */
export interface StageUsage {
  wallMs: number;
  cpuMs: number;
  /** How CPU time was obtained: the larger of the two (see above). */
  cpuMethod: 'GNU time + orphans sampled' | 'sampled';
  /** Busy time of the whole machine (all cores) over the stage, ms: includes what else ran. */
  machineBusyMs: number;
  /** Peak of the summed PSS of the stage's processes (MB), sampled every PSS_EVERY × SAMPLE_MS. */
  peakMb: number;
  /** Peak of the summed RSS of the stage's processes (MB): counts shared memory in each process. */
  peakRssMb: number;
  /** Peak RSS of the largest single process (MB), from GNU time; null without it. */
  largestMb: number | null;
  /** Processes seen (the stage's own shell, npm, Node, browsers, helpers). */
  processes: number;
  exitCode: number;
}

interface Proc {
  pid: number;
  ppid: number;
  start: string;
  cpuTicks: number;
  rssKb: number;
}

/** Parses /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parseStat(text: string): Proc | null {
  const close = text.lastIndexOf(')');
  if (close < 0) return null;
  const pid = Number(text.slice(0, text.indexOf(' ')));
  // Fields after the name: state(3) ppid(4) … utime(14) stime(15) … starttime(22) vsize(23) rss(24)
  const f = text
    .slice(close + 2)
    .trim()
    .split(' ');
  const num = (field: number) => Number(f[field - 3]);
  return {
    pid,
    ppid: num(4),
    start: f[22 - 3] ?? '',
    cpuTicks: num(14) + num(15),
    rssKb: num(24) * PAGE_KB,
  };
}

/** Non-idle time of all cores since boot, in clock ticks, from the first line of /proc/stat. */
export function busyTicks(procStat: string): number {
  const f = (procStat.split('\n', 1)[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already in user)
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = f;
  return user + nice + system + irq + softirq + steal;
}

function readBusyTicks(): number {
  try {
    return busyTicks(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return 0;
  }
}

/** A process's proportional set size in kB, or null when it ended or cannot be read. */
function readPssKb(pid: number): number | null {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function readProcs(): Map<number, Proc> {
  const out = new Map<number, Proc>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const p = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (p) out.set(p.pid, p);
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

interface Tracked {
  /** pid:starttime, so that a reused pid is another process. */
  key: string;
  ppidKey: string | null;
  cpuTicks: number;
  lastSeen: number;
}

/**
 * Runs `command` with `sh -c` in `cwd` and measures it. Resolves when it
 * ends, whatever its exit code (the caller decides).
 */
export async function measureCommand(
  command: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<StageUsage> {
  const withTime = existsSync(GNU_TIME);
  const timeFile = `${options.logFile}.time`;
  const argv = withTime
    ? [GNU_TIME, '-f', '%U %S %M', '-o', timeFile, 'sh', '-c', command]
    : ['sh', '-c', command];
  const log = openSync(options.logFile, 'a');
  const busyAtStart = readBusyTicks();
  const start = process.hrtime.bigint();
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', log, log],
  });
  const rootPid = child.pid;
  if (rootPid === undefined) throw new Error(`could not start: ${command}`);

  const tracked = new Map<string, Tracked>();
  let peakKb = 0;
  let peakPssKb = 0;
  let tick = 0;
  let final = false;
  const sample = () => {
    tick++;
    const procs = readProcs();
    const keyOf = (p: Proc) => `${p.pid}:${p.start}`;
    // The tree under the root, by parent links.
    const children = new Map<number, Proc[]>();
    for (const p of procs.values()) {
      const list = children.get(p.ppid);
      if (list) list.push(p);
      else children.set(p.ppid, [p]);
    }
    const inTree: Proc[] = [];
    const root = procs.get(rootPid);
    const stack = root ? [root] : [];
    while (stack.length) {
      const p = stack.pop()!;
      inTree.push(p);
      stack.push(...(children.get(p.pid) ?? []));
    }
    // Processes seen before that left the tree (their parent ended) are still the stage's.
    const treeKeys = new Set(inTree.map(keyOf));
    for (const t of tracked.values()) {
      if (treeKeys.has(t.key)) continue;
      const [pid] = t.key.split(':');
      const p = procs.get(Number(pid));
      if (p && keyOf(p) === t.key) inTree.push(p);
    }
    let rss = 0;
    for (const p of inTree) {
      rss += p.rssKb;
      const key = keyOf(p);
      const parent = procs.get(p.ppid);
      const t = tracked.get(key);
      const ppidKey = parent ? keyOf(parent) : null;
      if (t) {
        t.cpuTicks = Math.max(t.cpuTicks, p.cpuTicks);
        t.lastSeen = tick;
        // Keep the parent it had inside the tree: after an orphaning the new parent is init.
        if (ppidKey && tracked.has(ppidKey)) t.ppidKey = ppidKey;
      } else tracked.set(key, { key, ppidKey, cpuTicks: p.cpuTicks, lastSeen: tick });
    }
    peakKb = Math.max(peakKb, rss);
    if (tick % PSS_EVERY === 1 || final) {
      let pss = 0;
      for (const p of inTree) pss += readPssKb(p.pid) ?? p.rssKb;
      peakPssKb = Math.max(peakPssKb, pss);
    }
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  const exitCode = await new Promise<number>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  clearInterval(timer);
  final = true;
  sample();
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const machineBusyMs = (readBusyTicks() - busyAtStart) * TICK_MS;
  closeSync(log);

  // Orphans: processes still seen after their parent was last seen were not waited for by the tree.
  let orphanTicks = 0;
  let sampledTicks = 0;
  for (const t of tracked.values()) {
    sampledTicks += t.cpuTicks;
    const parent = t.ppidKey ? tracked.get(t.ppidKey) : undefined;
    if (parent && t.lastSeen > parent.lastSeen) orphanTicks += t.cpuTicks;
  }
  let cpuMs = sampledTicks * TICK_MS;
  let largestMb: number | null = null;
  let method: StageUsage['cpuMethod'] = 'sampled';
  if (withTime && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" before the figures on failure.
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const [user, system, maxKb] = last.split(' ').map(Number);
    if (Number.isFinite(user) && Number.isFinite(system) && Number.isFinite(maxKb)) {
      const timed = ((user as number) + (system as number)) * 1000 + orphanTicks * TICK_MS;
      if (timed >= cpuMs) {
        cpuMs = timed;
        method = 'GNU time + orphans sampled';
      }
      largestMb = (maxKb as number) / 1024;
    }
    rmSync(timeFile, { force: true });
  }
  return {
    wallMs,
    cpuMs,
    cpuMethod: method,
    machineBusyMs,
    peakMb: peakPssKb / 1024,
    peakRssMb: peakKb / 1024,
    largestMb,
    processes: tracked.size,
    exitCode,
  };
}

/** Size and modification of every file under `root` (node_modules and .git left out). */
export type FileSnapshot = Map<string, string>;

export function snapshotFiles(root: string): FileSnapshot {
  const out: FileSnapshot = new Map();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === '.git') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        try {
          out.set(path.relative(root, p), statOf(p));
        } catch {
          // removed meanwhile
        }
      }
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

/** Size, modification time and inode: a rewritten file changes at least one. */
function statOf(p: string): string {
  const s = statSync(p);
  return `${s.size}:${s.mtimeMs}:${s.ino}`;
}

/** Files written (created or changed) between two snapshots: how many, their bytes, the HTML pages among them. */
export function written(
  before: FileSnapshot,
  after: FileSnapshot,
): { files: number; bytes: number; pages: number } {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  for (const [file, sig] of after) {
    if (before.get(file) === sig) continue;
    files++;
    bytes += Number(sig.slice(0, sig.indexOf(':')));
    if (file.endsWith('.html')) pages++;
  }
  return { files, bytes, pages };
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError('median: no values');
  const a = [...xs].sort((x, y) => x - y);
  const mid = a.length >> 1;
  return a.length % 2 ? a[mid]! : (a[mid - 1]! + a[mid]!) / 2;
}
