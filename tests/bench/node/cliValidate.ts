import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../../src/model/reportSchema.ts';
import { projectRoot } from '../bundle/productionBuild.ts';

export type CliFigures = { readonly files: number; readonly wallMs: number; readonly exitCode: number | null; readonly outputLines: number };

/**
 * `npm run --silent cli -- validate <1000 files>` as a child process, wall time: npm, tsx start-up and
 * reading, parsing and checking every file. Each file is the full report under a different agency name.
 */
export function cliValidate(report: Report, files: number): CliFigures {
  const dir = mkdtempSync(join(tmpdir(), 'gov-info-report-bench-cli-'));
  try {
    const names = Array.from({ length: files }, (_, i) => {
      const name = `report-${String(i).padStart(4, '0')}.json`;
      writeFileSync(join(dir, name), JSON.stringify({ ...report, meta: { ...report.meta, agency: `示例第${i + 1}局` } }));
      return name;
    });
    const start = performance.now();
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'validate', ...names.map((name) => join(dir, name))], {
      cwd: projectRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const wallMs = performance.now() - start;
    if (result.error) throw result.error;
    const lines = result.stdout.split('\n').filter((line) => line.trim() !== '').length;
    if (result.status !== 0) throw new Error(`cli validate exited ${result.status}: ${result.stderr.slice(0, 500)}`);
    return { files, wallMs, exitCode: result.status, outputLines: lines };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
