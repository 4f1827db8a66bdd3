/**
 * `npm run bench:reports`: times the reports of the real portal on a copy of
 * the built site (dist/ or PP_OUT_DIR, left untouched), in a temporary folder:
 *
 * - the whole report set: the reports stage as npm run build runs it
 *   (stale-input check, every PDF printed and finalized, sidecars, /reports/
 *   filled), browser start included;
 * - one hearing packet PDF: Chromium started, the packet printed and
 *   finalized (`npm run reports -- --only <slug>` without the file writes);
 * - the same packet in a browser already running.
 *
 * Each is run three times; the table gives every run with the load average
 * before it, and the CPU time of this process (Chromium's own processes are
 * not counted). The PDFs of every run must be byte-identical. Not a test:
 * BENCHMARKS.md records the figures.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { launch } from '../lib/browser.ts';
import { siteContext } from './print.ts';
import { printReport, readManifest, runReportsStage } from './stage.ts';

const RUNS = 3;
const source = process.env.PP_OUT_DIR ?? 'dist';
const manifest = readManifest(source);
const packet = manifest.reports.find((r) => r.kind === 'hearing-packet');
if (!packet) throw new Error('bench: the manifest lists no hearing packet');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pp-bench-reports-'));
const load = () => os.loadavg()[0]!.toFixed(1);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

interface Row {
  what: string;
  run: number;
  load: string;
  wall: number;
  cpu: number;
  detail: string;
}
const rows: Row[] = [];

try {
  const site = path.join(tmp, 'site');
  cpSync(source, site, { recursive: true });
  const hashes = new Set<string>();

  for (let run = 1; run <= RUNS; run++) {
    const l = load();
    const c0 = cpu();
    const t0 = performance.now();
    const result = await runReportsStage({ siteDir: site, root: path.resolve('.'), pdf: true });
    const wall = (performance.now() - t0) / 1000;
    if (result.skipped) throw new Error(`bench: PDFs skipped (${result.skipped})`);
    const all = result.printed.map((p) => sha(readFileSync(path.join(site, p.file)))).join(',');
    hashes.add(all);
    rows.push({
      what: 'Whole report set (reports stage)',
      run,
      load: l,
      wall,
      cpu: cpu() - c0,
      detail: `${result.printed.length} PDFs, ${result.printed.reduce((s, p) => s + p.pages, 0)} pages, ${result.printed.reduce((s, p) => s + p.bytes, 0).toLocaleString('en-US')} bytes`,
    });
  }

  for (let run = 1; run <= RUNS; run++) {
    const l = load();
    const c0 = cpu();
    const t0 = performance.now();
    const session = await launch();
    const { context } = await siteContext(session.browser, site, manifest.site);
    const cold = await printReport(context, manifest.site, packet);
    const wallCold = (performance.now() - t0) / 1000;
    const cpuCold = cpu() - c0;
    const l2 = load();
    const c1 = cpu();
    const t1 = performance.now();
    const warm = await printReport(context, manifest.site, packet);
    const wallWarm = (performance.now() - t1) / 1000;
    await session.close();
    hashes.add(`packet:${sha(cold.bytes)}`);
    if (sha(cold.bytes) !== sha(warm.bytes))
      throw new Error('bench: the same packet printed twice differs');
    rows.push({
      what: `One hearing packet (${packet.id}), Chromium started`,
      run,
      load: l,
      wall: wallCold,
      cpu: cpuCold,
      detail: `${cold.pages} pages, ${cold.bytes.length.toLocaleString('en-US')} bytes`,
    });
    rows.push({
      what: `One hearing packet (${packet.id}), Chromium running`,
      run,
      load: l2,
      wall: wallWarm,
      cpu: cpu() - c1,
      detail: `${warm.pages} pages`,
    });
  }

  const packetHashes = [...hashes].filter((h) => h.startsWith('packet:'));
  const setHashes = [...hashes].filter((h) => !h.startsWith('packet:'));
  console.log(
    `Machine: ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}; Chromium from ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}`,
  );
  console.log('');
  console.log(
    '| What | Run | Load avg (1 min) before | Wall time (s) | CPU time of Node (s) | Output |',
  );
  console.log('| --- | --: | --: | --: | --: | --- |');
  for (const r of rows)
    console.log(
      `| ${r.what} | ${r.run} | ${r.load} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.detail} |`,
    );
  console.log('');
  console.log(
    `Determinism: ${setHashes.length === 1 && packetHashes.length === 1 ? 'every run gave byte-identical PDFs' : 'RUNS DIFFER'}.`,
  );
  if (setHashes.length !== 1 || packetHashes.length !== 1) process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
