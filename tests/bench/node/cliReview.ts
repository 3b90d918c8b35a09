import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../../src/model/reportSchema.ts';
import { renderPlainText } from '../../../src/render/text/renderPlainText.ts';
import { projectRoot } from '../bundle/productionBuild.ts';

export type ReviewFigures = { readonly files: number; readonly wallMs: number; readonly withLastYear: number; readonly exitCode: number | null };

/**
 * `npm run --silent cli -- review <folder> --json --html --csv` as a child process, wall time, over a folder
 * tree of `files` reports: 200 agencies × 5 years, half report JSON and half published text (imported first).
 */
export function cliReview(report: Report, files: number): ReviewFigures {
  const dir = mkdtempSync(join(tmpdir(), 'gov-info-report-bench-review-'));
  try {
    const years = 5;
    for (let i = 0; i < files; i += 1) {
      const agency = `示例县第${Math.floor(i / years) + 1}局`;
      const year = 2020 + (i % years);
      const folder = join(dir, String(year), `group-${Math.floor(i / 50)}`);
      mkdirSync(folder, { recursive: true });
      const copy: Report = { ...report, meta: { ...report.meta, agency, year } };
      if (i % 2 === 0) writeFileSync(join(folder, `report-${i}.json`), JSON.stringify(copy));
      else writeFileSync(join(folder, `report-${i}.txt`), renderPlainText(copy));
    }
    const start = performance.now();
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'review', dir, '--json', '--html', join(tmpdir(), 'bench-review.html'), '--csv', join(tmpdir(), 'bench-review.csv')], {
      cwd: projectRoot,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const wallMs = performance.now() - start;
    if (result.error) throw result.error;
    if (result.status === 2) throw new Error(`cli review exited 2: ${result.stderr.slice(0, 500)}`);
    const json = JSON.parse(result.stdout) as { summary: { reports: number; withLastYear: number } };
    if (json.summary.reports !== files) throw new Error(`cli review read ${json.summary.reports} of ${files} reports`);
    return { files, wallMs, withLastYear: json.summary.withLastYear, exitCode: result.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Alone: npx tsx tests/bench/node/cliReview.ts
if (process.argv[1]?.endsWith('cliReview.ts')) {
  const { fullReport } = await import('../../fixtures/fullReport.ts');
  const figures = cliReview(fullReport, 1000);
  console.log(`CLI review, ${figures.files} reports (half JSON, half text), --json --html --csv: ${(figures.wallMs / 1000).toFixed(2)} s wall; last year's report found for ${figures.withLastYear}`);
}
