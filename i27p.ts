import { fullReport } from './tests/fixtures/fullReport.ts';
import { reviewReports } from './src/model/review/reviewReports.ts';
import { shippedPack } from './src/model/assessment/shippedPacks.ts';
import { batchSimilarity } from './src/model/assessment/batchSimilarity.ts';
const words = '政务 公开 信息 平台 建设 监督 保障 制度 规范 文件 申请 答复 办理 依法 及时 准确 全面 推进 落实 工作 重点 领域 专栏 网站 栏目 更新 解读 回应 关切 培训 考核 评议 责任 追究 清理 目录 指南 群众 企业 服务 事项 审批 许可 执法 公示 预算 决算 采购 项目 建议 提案 会议 开放 听证 征求 意见 反馈 数据 统计 发布 政策 新媒体 账号 留言 办结 季度 月度 专项 检查 整改 问题 措施 成效 机制 流程 标准 台账 归档 保密 审查 属性 认定 源头 主动 复议 诉讼'.split(' ');
function inv(seed: number, n: number) { let s = seed >>> 0; const o: string[] = []; for (let i = 0; i < n; i++) { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; o.push(words[s % words.length]!, s % 11 === 0 ? '。' : ''); } return o.join(''); }
const inputs = Array.from({ length: 1000 }, (_, i) => {
  const a = Math.floor(i / 5); const seed = a % 50 === 49 ? a - 1 : a;
  const r = { ...fullReport, meta: { ...fullReport.meta, agency: `示例县第${a + 1}局`, year: 2020 + (i % 5) },
    text: { ...fullReport.text, overview: { intro: inv(seed * 7 + 1, 120), sections: fullReport.text.overview.sections.map((s, k) => ({ ...s, body: inv(seed * 7 + 2 + k, 60) })) }, problems: inv(seed * 7 + 9, 90) } };
  return { file: `r${i}.json`, report: r };
});
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let t = cpu(); reviewReports(inputs); console.log('review no pack cpu ms', cpu() - t);
t = cpu(); batchSimilarity(inputs.map((e) => ({ ...e, unit: e.report.meta.agency })), 0.5); console.log('batchSimilarity cpu ms', cpu() - t);
t = cpu(); const r = reviewReports(inputs, { pack: shippedPack('example-licheng-2020')! }); console.log('review with pack cpu ms', cpu() - t, r.reviewed.filter(x => (x.row.similarTo?.length ?? 0) > 0).length);
