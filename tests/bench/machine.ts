import { cpus, loadavg, release, totalmem, type } from 'node:os';

/** The machine the figures were measured on, in one line each. */
export function machineLines(chromium: string): string[] {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? 'unknown CPU';
  return [
    `CPU: ${model} × ${cores.length} logical cores; ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; ${type()} ${release()}`,
    `Node ${process.version}; ${chromium}; load average at start ${loadavg().map((n) => n.toFixed(2)).join(' ')}`,
  ];
}

/** The 1-minute load average against the core count: other work on the machine skews timings. */
export function loadLine(): string {
  return `load average ${loadavg()[0]?.toFixed(2)} on ${cpus().length} cores`;
}
