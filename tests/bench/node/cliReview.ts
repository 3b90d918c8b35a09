import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../../src/model/reportSchema.ts';
import { renderPlainText } from '../../../src/render/text/renderPlainText.ts';
import { projectRoot } from '../bundle/productionBuild.ts';

export type ReviewFigures = { readonly files: number; readonly wallMs: number; readonly withLastYear: number; readonly exitCode: number | null; readonly similar?: number };

export type ReviewBenchOptions = {
  /** Extra arguments, e.g. ['--pack', 'example-licheng-2020'] (similarity across all units). */
  readonly extraArgs?: readonly string[];
  /** Give every agency its own narrative (invented from a word pool, about 1,500 characters), one in 50 copying another's. */
  readonly distinctText?: boolean;
};

const words = '政务 公开 信息 平台 建设 监督 保障 制度 规范 文件 申请 答复 办理 依法 及时 准确 全面 推进 落实 工作 重点 领域 专栏 网站 栏目 更新 解读 回应 关切 培训 考核 评议 责任 追究 清理 目录 指南 群众 企业 服务 事项 审批 许可 执法 公示 预算 决算 采购 项目 建议 提案 会议 开放 听证 征求 意见 反馈 数据 统计 发布 政策 新媒体 账号 留言 办结 季度 月度 专项 检查 整改 问题 措施 成效 机制 流程 标准 台账 归档 保密 审查 属性 认定 源头 主动 复议 诉讼'.split(' ');

/** An invented narrative of about `length` words, the same for the same seed. */
function inventedText(seed: number, length: number): string {
  let state = seed >>> 0;
  const out: string[] = [];
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    out.push(words[state % words.length] ?? '', state % 11 === 0 ? '。' : '');
  }
  return out.join('');
}

function withOwnText(report: Report, agencyIndex: number): Report {
  // One in 50 agencies copies the text of the agency before it (a planted 内容雷同).
  const seed = agencyIndex % 50 === 49 ? agencyIndex - 1 : agencyIndex;
  const text = report.text;
  return {
    ...report,
    text: {
      ...text,
      overview: { intro: inventedText(seed * 7 + 1, 120), sections: text.overview.sections.map((section, i) => ({ ...section, body: inventedText(seed * 7 + 2 + i, 60) })) },
      problems: inventedText(seed * 7 + 9, 90),
    },
  };
}

/**
 * `npm run --silent cli -- review <folder> --json --html --csv` as a child process, wall time, over a folder
 * tree of `files` reports: 200 agencies × 5 years, half report JSON and half published text (imported first).
 */
export function cliReview(report: Report, files: number, options: ReviewBenchOptions = {}): ReviewFigures {
  const dir = mkdtempSync(join(tmpdir(), 'gov-info-report-bench-review-'));
  try {
    const years = 5;
    for (let i = 0; i < files; i += 1) {
      const agency = `示例县第${Math.floor(i / years) + 1}局`;
      const year = 2020 + (i % years);
      const folder = join(dir, String(year), `group-${Math.floor(i / 50)}`);
      mkdirSync(folder, { recursive: true });
      const named: Report = { ...report, meta: { ...report.meta, agency, year } };
      const copy = options.distinctText ? withOwnText(named, Math.floor(i / years)) : named;
      if (i % 2 === 0) writeFileSync(join(folder, `report-${i}.json`), JSON.stringify(copy));
      else writeFileSync(join(folder, `report-${i}.txt`), renderPlainText(copy));
    }
    const start = performance.now();
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'review', dir, '--json', '--html', join(tmpdir(), 'bench-review.html'), '--csv', join(tmpdir(), 'bench-review.csv'), ...(options.extraArgs ?? [])], {
      cwd: projectRoot,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const wallMs = performance.now() - start;
    if (result.error) throw result.error;
    if (result.status === 2) throw new Error(`cli review exited 2: ${result.stderr.slice(0, 500)}`);
    const json = JSON.parse(result.stdout) as { summary: { reports: number; withLastYear: number }; reports: { similarTo?: unknown[] }[] };
    if (json.summary.reports !== files) throw new Error(`cli review read ${json.summary.reports} of ${files} reports`);
    return { files, wallMs, withLastYear: json.summary.withLastYear, exitCode: result.status, similar: json.reports.filter((r) => (r.similarTo?.length ?? 0) > 0).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The similarity row (issue 27): 1000 reports, each agency its own text, --pack example-licheng-2020. */
export const packBench: ReviewBenchOptions = { extraArgs: ['--pack', 'example-licheng-2020'], distinctText: true };
export const packBenchLine = (figures: ReviewFigures): string =>
  `CLI review, ${figures.files} reports, --pack example-licheng-2020 (similarity across all units): ${(figures.wallMs / 1000).toFixed(2)} s wall; ${figures.similar ?? 0} reports over 50% like another unit`;

// Alone: npx tsx tests/bench/node/cliReview.ts [--pack]
if (process.argv[1]?.endsWith('cliReview.ts')) {
  const { fullReport } = await import('../../fixtures/fullReport.ts');
  if (process.argv.includes('--pack')) {
    const figures = cliReview(fullReport, 1000, packBench);
    console.log(packBenchLine(figures));
    process.exit(0);
  }
  const figures = cliReview(fullReport, 1000);
  console.log(`CLI review, ${figures.files} reports (half JSON, half text), --json --html --csv: ${(figures.wallMs / 1000).toFixed(2)} s wall; last year's report found for ${figures.withLastYear}`);
}
