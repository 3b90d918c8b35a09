import { describe, expect, it } from 'vitest';
import { isWebChrome } from '../../src/import/webChrome.ts';
import { readTitle } from '../../src/import/readTitle.ts';

describe('web page furniture', () => {
  it('drops counters, footers and navigation', () => {
    for (const line of ['日期: 2025-01-20 浏览量:120 来源:某某局', '扫一扫在手机上查看当前页面', '主办单位：某某市人民政府办公室', '某ICP备00000000号', '建议使用1366*768分辨率 IE9以上浏览器', '首页 > 政务公开', '网站监督举报热线：0000-0000000']) {
      expect(isWebChrome(line), line).toBe(true);
    }
  });

  it('keeps report sentences that mention the same words', () => {
    for (const line of ['优化门户网站在各类浏览器下的显示效果，提升访问体验。', '本局作为主办单位组织了政务公开日活动。', '全年网站访问量较上年增长两成。']) {
      expect(isWebChrome(line), line).toBe(false);
    }
  });
});

describe('readTitle', () => {
  it('reads agency and year from the usual titles, and nothing from a sentence', () => {
    expect(readTitle('示例县交通运输局2024年政府信息公开工作年度报告')).toEqual({ agency: '示例县交通运输局', year: 2024 });
    expect(readTitle('《某某市生态环境局2023年度政府信息公开工作年度报告》')).toEqual({ agency: '某某市生态环境局', year: 2023 });
    expect(readTitle('某某镇人民政府 2025年政府信息公开年报')).toEqual({ agency: '某某镇人民政府', year: 2025 });
    expect(readTitle('现将本局2024年政府信息公开工作年度报告公布如下，请查阅。')).toBeUndefined();
  });
});
