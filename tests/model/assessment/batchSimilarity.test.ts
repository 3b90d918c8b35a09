import { describe, expect, it } from 'vitest';
import { batchSimilarity } from '../../../src/model/assessment/batchSimilarity.ts';
import { similarSource } from '../../../src/model/assessment/similarSource.ts';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import type { Report } from '../../../src/model/reportSchema.ts';

// A batch of invented narratives from a word pool (seeded), with planted copies; the LSH search must find
// exactly the pairs an all-pairs exact measure finds.

const words = '政务 公开 信息 平台 建设 监督 保障 制度 规范 文件 申请 答复 办理 依法 及时 准确 全面 推进 落实 工作 重点 领域 专栏 网站 栏目 更新 解读 回应 关切 培训 考核 评议 责任 追究 清理 目录 指南 群众 企业 服务 事项 审批 许可 执法 公示 预算 决算 采购 项目 建议 提案 会议 开放 听证 征求 意见 反馈 数据 统计 发布 政策 文件库 新媒体 账号 留言 办结 年度 季度 月度 专项 检查 整改 问题 措施 成效 机制 流程 标准 目录 台账 归档 保密 审查 属性 认定 源头 主动 依申请 复议 诉讼'.split(' ');

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

function narrative(next: () => number, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i += 1) out.push(words[Math.floor(next() * words.length)] ?? '', next() < 0.1 ? '。' : '');
  return out.join('');
}

function unit(agency: string, overview: string, problems: string): Report {
  const base = emptyReport({ year: 2025, agency });
  return { ...base, text: { ...base.text, overview: { intro: overview, sections: [] }, problems } };
}

describe('batchSimilarity', () => {
  const next = random(27);
  const reports = Array.from({ length: 60 }, (_, i) => unit(`示例县第${i + 1}局`, narrative(next, 240), narrative(next, 80)));
  // 7 copies 3 with its own name put in; 12 keeps most of 5's 一 and writes its own 五.
  reports[7] = unit('示例县第8局', reports[3]!.text.overview.intro.replaceAll('示例县第4局', '示例县第8局'), reports[3]!.text.problems);
  reports[12] = unit('示例县第13局', reports[5]!.text.overview.intro, narrative(next, 80));
  const entries = reports.map((report, i) => ({ file: `r${i}.json`, report, unit: report.meta.agency }));

  it('finds the planted copies, with their shares and passages', () => {
    const found = batchSimilarity(entries, 0.5);
    expect(found[7]?.map((s) => s.file)).toEqual(['r3.json']);
    expect(found[3]?.map((s) => s.file)).toEqual(['r7.json']);
    expect(found[7]?.[0]?.share).toBe(1);
    expect(found[12]?.[0]?.file).toBe('r5.json');
    expect(found[12]?.[0]?.share).toBeGreaterThan(0.6);
    expect(found[12]?.[0]?.passages[0]?.quote.length).toBeGreaterThan(100);
  });

  it('agrees with the exact measure over all pairs', () => {
    const found = batchSimilarity(entries, 0.3).map((list) => list.map((s) => `${s.file}:${s.share.toFixed(4)}`).sort());
    const brute = entries.map((entry, i) => entries
      .filter((_, j) => j !== i)
      .map((other) => similarSource(entry.report, other))
      .filter((s) => s.share > 0.3)
      .map((s) => `${s.file}:${s.share.toFixed(4)}`)
      .sort());
    expect(found).toEqual(brute);
    expect(brute.flat().length).toBeGreaterThanOrEqual(4);
  });

  it('never compares a unit with itself', () => {
    const twice = [entries[0]!, { ...entries[0]!, file: 'r0-copy.json' }];
    expect(batchSimilarity(twice, 0.5)).toEqual([[], []]);
  });
});
