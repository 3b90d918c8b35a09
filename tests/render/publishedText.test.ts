// @vitest-environment jsdom
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { renderCmsHtml } from '../../src/render/html/renderCmsHtml.ts';
import { renderHtml } from '../../src/render/html/renderHtml.ts';
import { cmsConfig, pageConfig } from './htmlValidateConfig.ts';
import { labelLines, labelWords } from '../../src/render/labelWords.ts';
import { reportBlocks } from '../../src/render/reportBlocks.ts';
import { all, attr, children, first, readDocx, textOf } from './docxXml.ts';
import { layoutReport } from './layoutFixtures.ts';
import { officialLabels } from './renderFixtures.ts';

const blocksOf = (section: string) => reportBlocks(layoutReport).filter((b) => b.kind !== 'title' && b.kind !== 'signature' && 'section' in b ? b.section === section : false);

describe('text as published', () => {
  it('turns （一）… lines of 五 and 六 into level-2 headings, ASCII (二) included', () => {
    const headings = reportBlocks(layoutReport).flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [`${b.section}:${b.text}`] : []));
    expect(headings).toEqual(expect.arrayContaining(['problems:（一）存在的主要问题', 'problems:（二）改进情况', 'other:（一）信息处理费收取情况', 'other:（二）其他事项']));
    expect(blocksOf('problems').map((b) => (b.kind === 'heading' ? b.text : ''))).toEqual(['五、存在的主要问题及改进情况', '（一）存在的主要问题', '（二）改进情况']);
  });

  it('keeps a （一） line that goes on into a sentence as a paragraph', () => {
    const report = { ...layoutReport, text: { ...layoutReport.text, problems: '（一）存在的问题。部分栏目更新不及时，已逐项整改。' } };
    const problems = reportBlocks(report).filter((b) => b.kind === 'paragraph' && b.text.startsWith('（一）存在的问题。'));
    expect(problems).toHaveLength(1);
  });

  it('normalises ASCII punctuation carried from web copy as 一键规范 does, web addresses untouched', () => {
    const texts = reportBlocks(layoutReport).flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? [b.text] : []));
    expect(texts.join('')).not.toMatch(/[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]/);
    expect(texts.some((t) => t.includes('（详见本局门户网站专栏）'))).toBe(true);
    expect(texts.some((t) => t.includes('https://www.qinghe-county-example.gov.cn/zrzyj/zfxxgk/fdzdgknr/index_2025.html'))).toBe(true);
  });
});

describe('table labels', () => {
  it('every official label is listed with its words, none of one character', () => {
    for (const label of new Set(officialLabels)) {
      const words = labelWords(label);
      expect(words.join('')).toBe(label);
      if (label.length > 4) expect(words.length, label).toBeGreaterThan(1);
      expect(words.filter((w) => [...w].length === 1), label).toEqual([]);
    }
  });

  it('packs words into lines that fit, breaking only between words', () => {
    expect(labelLines('三、本年度办理结果', 3)).toEqual(['三、', '本年度', '办理', '结果']);
    expect(labelLines('（三）不予公开', 4)).toEqual(['（三）', '不予公开']);
    expect(labelLines('自然人', 3)).toEqual(['自然人']);
    expect(labelLines('社会公益组织', 3)).toEqual(['社会', '公益', '组织']);
    expect(labelLines('行政许可', 20)).toEqual(['行政许可']);
  });
});

describe('in the .docx', async () => {
  const docx = await readDocx(await renderDocxBytes(layoutReport));
  const body = first(docx.document, 'w:body') as Element;
  const paragraphs = children(body, 'w:p');
  const style = (p: Element) => attr(first(p, 'w:pStyle'), 'w:val');

  it('sets 五 and 六 sub-headings in the 楷体 level-2 heading style', () => {
    const headings2 = paragraphs.filter((p) => style(p) === 'ReportHeading2').map(textOf);
    expect(headings2).toEqual(expect.arrayContaining(['（一）存在的主要问题', '（二）改进情况', '（一）信息处理费收取情况', '（二）其他事项']));
  });

  it('sets a paragraph with a web address flush left, the others justified by their style', () => {
    const link = paragraphs.find((p) => textOf(p).includes('https://'));
    expect(attr(first(link as Element, 'w:jc'), 'w:val')).toBe('left');
    const plain = paragraphs.find((p) => textOf(p).startsWith('围绕主动公开第1项任务'));
    expect(first(plain as Element, 'w:jc')).toBeUndefined();
  });

  it('writes narrow labels of table 三 as lines with explicit breaks between words', () => {
    const requests = all(docx.document, 'w:tbl')[1] as Element;
    const cellLines = all(requests, 'w:tc').map((tc) => all(tc, 'w:t').map((t) => t.textContent).join('/'));
    expect(cellLines).toEqual(expect.arrayContaining(['三、/本年度/办理/结果', '（三）/不予公开', '自然人', '商业/企业', '社会/公益/组织']));
    const tall = all(requests, 'w:tc').find((tc) => textOf(tc) === '三、本年度办理结果') as Element;
    expect(all(tall, 'w:br')).toHaveLength(3);
  });

  it('keeps table 三 whole: every row keeps with the next but the last (the table moves to a new page rather than split)', () => {
    const requests = all(docx.document, 'w:tbl')[1] as Element;
    const keeps = children(requests, 'w:tr').map((tr) => first(tr, 'w:keepNext') !== undefined);
    expect(keeps.map((keep, r) => (keep ? '' : String(r))).filter(Boolean)).toEqual(['27']);
  });
});

describe('on the web page', () => {
  const html = renderHtml(layoutReport);
  it('offers line breaks in labels only between words, and keeps Chinese words whole', () => {
    expect(html).toContain('三、<wbr>本年度<wbr>办理<wbr>结果');
    expect(html).toContain('商业<wbr>企业');
    expect(html).toContain('>自然人<');
    expect(html).toMatch(/\.row-label \{[^}]*word-break:keep-all/);
  });

  it('passes html-validate with sub-headings in 五/六, <wbr> in labels and a flush-left web address', async () => {
    const errors = async (text: string, config: typeof pageConfig) => {
      const result = await new HtmlValidate(new StaticConfigLoader(config)).validateString(text, 'report.html');
      return result.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`));
    };
    expect(await errors(html, pageConfig)).toEqual([]);
    expect(await errors(renderCmsHtml(layoutReport), cmsConfig)).toEqual([]);
  });
});
