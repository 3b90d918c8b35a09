import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { setCell } from '../../src/model/cellAccess.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { renderPlainText } from '../../src/render/text/renderPlainText.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { runCliCaptured as run } from './runCliCaptured.ts';

// A batch with planted cases: a report copied from another unit with its name changed, one late, one
// without the 信息处理费 statement, one with a table error, two copies of one report that differ.

type Row = { file: string; agency: string; assessment?: { score: number; deductions: { rule: string; points: number; evidence: { file?: string; share?: number; quote?: string }[] }[]; notAssessed: { rule: string }[] }; similarTo?: { file: string; share: number }[] };

const withMeta = (report: Report, meta: Partial<Report['meta']>): Report => ({ ...report, meta: { ...report.meta, ...meta } });
const pool = '政务 公开 信息 平台 建设 监督 保障 制度 规范 文件 申请 答复 办理 依法 及时 准确 全面 推进 落实 重点 领域 专栏 网站 栏目 更新 解读 回应 关切 培训 考核 评议 责任 清理 目录 指南 群众 企业 服务 事项 审批 许可 执法 公示 预算 决算 采购 项目 建议 提案 会议 开放 听证 征求 意见 反馈 数据 统计 发布 政策 账号 留言 办结 季度 月度 专项 检查 整改 问题 措施 成效 机制 流程 标准 台账 归档 保密 审查'.split(' ');
/** Words drawn from a pool by a seed: texts of different seeds share no 13-character passage. */
function invented(seed: number, length: number): string {
  let state = seed >>> 0;
  let text = '';
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    text += `${pool[state % pool.length] ?? ''}${state % 9 === 0 ? '。' : ''}`;
  }
  return text;
}
// Each unit's narrative of its own; the same statistics sentence and fee statement in all.
const ownText = (report: Report, seed: number): Report => ({
  ...report,
  text: {
    ...report.text,
    preamble: '本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。',
    overview: { intro: invented(seed * 10, 60), sections: report.text.overview.sections.map((s, i) => ({ ...s, body: invented(seed * 10 + i + 1, 40) })) },
    problems: invented(seed * 10 + 8, 60),
    other: '依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。',
  },
});

describe('cli review --pack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-review-pack-'));
  const batch = join(dir, 'batch');
  mkdirSync(batch);
  const write = (name: string, report: Report) => writeFileSync(join(batch, name), JSON.stringify(report));
  const forest = ownText(withMeta(fullReport, { agency: '青禾县林业局' }), 1);
  write('forest.json', forest);
  write('water.json', withMeta(forest, { agency: '青禾县水利局' })); // copied from 林业局, name changed
  write('late.json', withMeta(ownText(fullReport, 2), { agency: '青禾县交通运输局', issuedOn: '2026-02-20' }));
  write('nofee.json', { ...ownText(withMeta(fullReport, { agency: '青禾县商务局' }), 3), text: { ...ownText(fullReport, 3).text, other: '本局没有其他需要报告的事项，相关工作已全部落实到位。' } });
  write('table.json', setCell(ownText(withMeta(fullReport, { agency: '青禾县民政局' }), 4), 'tables.requests.disclosed.natural', 25));
  const culture = ownText(withMeta(fullReport, { agency: '青禾县文化和旅游局' }), 5);
  write('culture-signed.json', culture);
  writeFileSync(join(batch, 'culture-web.txt'), renderPlainText({ ...culture, text: { ...culture.text, problems: `${culture.text.problems}网站上另加了一句话。` } }));

  const reviewJson = async (pack: string) => {
    const result = await run(['review', batch, '--pack', pack, '--json']);
    const json = JSON.parse(result.out) as { reports: Row[] };
    const by = (name: string) => json.reports.find((r) => r.file.endsWith(name));
    const rules = (name: string) => by(name)?.assessment?.deductions.map((d) => d.rule).sort();
    return { result, json, by, rules };
  };

  it('finds exactly the deductions example-licheng-2020 defines', async () => {
    const { result, json, by, rules } = await reviewJson('example-licheng-2020');
    expect(result.code).toBe(1);
    expect(json.reports).toHaveLength(7);
    expect(rules('forest.json')).toEqual(['copied']);
    expect(rules('water.json')).toEqual(['copied']);
    expect(by('water.json')?.similarTo?.[0]?.file).toBe(join(batch, 'forest.json'));
    expect(by('water.json')?.similarTo?.[0]?.share).toBeGreaterThan(0.9);
    expect(by('water.json')?.assessment?.deductions[0]?.evidence[0]?.quote).toContain(forest.text.overview.intro.slice(0, 20));
    expect(rules('late.json')).toEqual(['late']);
    expect(rules('nofee.json')).toEqual(['elements']);
    expect(rules('table.json')).toEqual([]);
    expect(by('late.json')?.assessment?.score).toBe(5);
    expect(by('table.json')?.assessment?.score).toBe(10);
    expect(by('table.json')?.similarTo).toEqual([]);
  });

  it('finds exactly the deductions example-quality defines, the changed copy included', async () => {
    const { rules, by } = await reviewJson('example-quality');
    expect(rules('table.json')).toEqual(['table-errors']);
    expect(rules('late.json')).toEqual(['late']);
    expect(rules('nofee.json')).toEqual(['fee-statement']);
    expect(rules('culture-signed.json')).toEqual(['changed']);
    expect(rules('culture-web.txt')).toEqual(['changed']);
    expect(by('culture-signed.json')?.assessment?.deductions[0]?.evidence[0]).toMatchObject({ file: join(batch, 'culture-web.txt') });
    expect(rules('forest.json')).toEqual([]);
    expect(by('forest.json')?.assessment?.notAssessed.map((n) => n.rule)).toEqual(['repeat-last-year', 'changed']);
  });

  it('writes a real workbook: 汇总, a sheet per rule, 明细, 运行记录, frozen headers, widths, filters', async () => {
    const xlsx = join(dir, 'review.xlsx');
    const html = join(dir, 'review.html');
    const result = await run(['review', batch, '--pack', 'example-licheng-2020', '--xlsx', xlsx, '--html', html, '--json']);
    expect(result.err).toContain('审查工作簿已写入');
    const zip = await JSZip.loadAsync(readFileSync(xlsx));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['汇总', '未按时公布', '要素不全', '内容雷同', '明细', '运行记录']);
    expect(workbook).toContain('_xlnm._FilterDatabase');
    const strings = await zip.file('xl/sharedStrings.xml')?.async('string') ?? '';
    for (let i = 1; i <= names.length; i += 1) {
      const sheet = await zip.file(`xl/worksheets/sheet${i}.xml`)!.async('string');
      expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(sheet).toMatch(/<col [^>]*width="/);
      if (names[i - 1] !== '运行记录') expect(sheet).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"\/>/);
    }
    const summary = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(summary).toMatch(/<autoFilter ref="A1:L8"\/>/);
    for (const word of ['机关', '得分', '扣分', '最相似的单位', '青禾县水利局', '青禾县林业局', '检查程序及版本', 'example-licheng-2020']) expect(strings + summary).toContain(word);
    expect(readFileSync(html, 'utf8')).toContain('<th scope="col" data-column="0"><button type="button">得分</button>');
  });

  it('neutralises text a spreadsheet would run as a formula', async () => {
    const hostile = mkdtempSync(join(tmpdir(), 'cli-review-formula-'));
    writeFileSync(join(hostile, 'a.json'), JSON.stringify(withMeta(fullReport, { agency: '=HYPERLINK("http://x","y")' })));
    const xlsx = join(hostile, 'out.xlsx');
    await run(['review', hostile, '--xlsx', xlsx]);
    const zip = await JSZip.loadAsync(readFileSync(xlsx));
    const text = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? (await zip.file('xl/worksheets/sheet1.xml')!.async('string'));
    expect(text).toContain("'=HYPERLINK");
    expect(text).not.toMatch(/<f>/);
  });

  it('writes a 退回修改意见 (.docx and .txt) for each report with deductions or errors', async () => {
    const returns = join(dir, 'returns');
    const result = await run(['review', batch, '--pack', 'example-licheng-2020', '--returns', returns]);
    expect(result.err).toContain('退回修改意见');
    const files = readdirSync(returns).sort();
    expect(files).toContain('青禾县交通运输局2025年-退回修改意见.docx');
    expect(files).toContain('青禾县民政局2025年-退回修改意见.txt');
    expect(files.some((f) => f.startsWith('青禾县文化和旅游局'))).toBe(false);
    const text = readFileSync(join(returns, '青禾县交通运输局2025年-退回修改意见.txt'), 'utf8');
    for (const part of ['青禾县交通运输局：', '未按时公布（扣 5 分）', '问题：成文日期2026年2月20日晚于', '位置：基本信息·成文日期', '修改意见：', '前重新报送']) expect(text).toContain(part);
    const docx = await JSZip.loadAsync(readFileSync(join(returns, '青禾县交通运输局2025年-退回修改意见.docx')));
    const body = await docx.file('word/document.xml')!.async('string');
    expect(body).toContain('w:val="ReportTitle"');
    expect(body).toContain('关于退回修改青禾县交通运输局2025年政府信息公开工作年度报告的意见');
    const civil = readFileSync(join(returns, '青禾县民政局2025年-退回修改意见.txt'), 'utf8');
    expect(civil).toContain('检查发现的错误');
    expect(civil).toContain('表三');
  });

  it('refuses a pack that does not match the format, naming the field, before reading anything', async () => {
    const bad = join(dir, 'bad-pack.json');
    writeFileSync(bad, JSON.stringify({ format: 'assessment-pack', version: 1, id: 'x', name: 'x', edition: '1', source: 's', template: '2021', points: 10, rules: [{ id: 'a', kind: 'late', title: '逾期', points: 'five' }] }));
    for (const command of ['review', 'validate']) {
      const result = await run([command, join(batch, 'late.json'), '--pack', bad, '--json']);
      expect(result.code).toBe(2);
      expect(result.err).toContain('rules[0].points');
      expect(result.out).toBe('');
    }
  });

  it('validate --pack adds the assessment per file', async () => {
    const result = await run(['validate', join(batch, 'late.json'), '--pack', 'national-2021', '--json']);
    const json = JSON.parse(result.out) as { files: { assessment: { pack: string; score: number; deductions: { rule: string }[] } }[] };
    expect(json.files[0]?.assessment).toMatchObject({ pack: 'national-2021', score: 7 });
    expect(json.files[0]?.assessment.deductions.map((d) => d.rule)).toEqual(['on-time']);
    const readable = await run(['validate', join(batch, 'late.json'), '--pack', 'national-2021']);
    expect(readable.out).toContain('评估（national-2021 2021.1）：7 / 8 分');
  });
});
