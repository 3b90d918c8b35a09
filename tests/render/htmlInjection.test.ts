// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cellCatalog } from '../../src/model/cellCatalog.ts';
import { setCell } from '../../src/model/cellAccess.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { escapeHtml } from '../../src/render/escapeHtml.ts';
import { renderCmsHtml } from '../../src/render/html/renderCmsHtml.ts';
import { renderHtml } from '../../src/render/html/renderHtml.ts';
import { fullReport } from '../fixtures/fullReport.ts';

const attacks = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</style><script>alert(2)</script>',
  '</title><svg onload=alert(3)>',
  '<iframe srcdoc="<script>alert(4)</script>"></iframe>',
  '<a href="javascript:alert(5)">点此</a>',
  '&lt;b&gt; &amp; <!-- --> ]]>',
];
const hostile = (field: string, i: number) => `${field}${attacks[i % attacks.length]}`;

/** fullReport with hostile text in every text field, every meta field and every cell. */
function hostileReport(): Report {
  const sections = fullReport.text.overview.sections.map((_, i) => ({ heading: hostile(`小标题${i}`, i), body: hostile(`小节${i}`, i + 3) }));
  const report: Report = {
    ...fullReport,
    meta: {
      ...fullReport.meta,
      agency: hostile('机关', 0), issuedOn: hostile('日期', 4), contact: hostile('联系人', 1), address: hostile('地址', 2),
      phone: hostile('电话', 3), website: hostile('网站', 6),
    },
    text: {
      preamble: hostile('开头', 1),
      overview: { intro: hostile('概述', 2), sections },
      active: hostile('表二说明', 3), requests: hostile('表三说明', 4), appeals: hostile('表四说明', 5),
      problems: hostile('问题', 6), other: hostile('其他', 7),
    },
  };
  return cellCatalog.reduce((r, cell, i) => setCell(r, cell.path, hostile(`格${i}`, i)), report);
}

const allowedElements = new Set([
  'HTML', 'HEAD', 'META', 'TITLE', 'STYLE', 'BODY', 'MAIN', 'ARTICLE', 'H1', 'H2', 'H3', 'SPAN', 'P', 'DIV',
  'TABLE', 'COLGROUP', 'COL', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'WBR',
]);
const allowedAttributes = new Set(['lang', 'charset', 'name', 'http-equiv', 'content', 'class', 'style', 'id', 'scope', 'rowspan', 'colspan', 'aria-labelledby']);

describe('escaping everything the clerk typed', () => {
  it('escapeHtml turns every markup character into an entity', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  const report = hostileReport();
  for (const [name, html] of [['page', renderHtml(report)], ['CMS form', renderCmsHtml(report)]] as const) {
    it(`${name}: no typed text becomes an element or an attribute`, () => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const elements = [...doc.querySelectorAll('*')];
      expect(elements.map((e) => e.tagName).filter((tag) => !allowedElements.has(tag))).toEqual([]);
      const attributes = elements.flatMap((e) => [...e.attributes].map((a) => a.name));
      expect(attributes.filter((a) => !allowedAttributes.has(a))).toEqual([]);
      expect(doc.querySelectorAll('style')).toHaveLength(name === 'page' ? 1 : 0);
    });

    it(`${name}: shows every hostile text verbatim as text`, () => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const text = doc.body.textContent ?? '';
      const typed = [
        report.meta.agency, report.meta.issuedOn ?? '',
        report.text.preamble, report.text.overview.intro, report.text.active, report.text.requests, report.text.appeals,
        report.text.problems, report.text.other,
        ...report.text.overview.sections.map((s) => s.body),
        ...cellCatalog.map((_, i) => hostile(`格${i}`, i)),
      ];
      for (const value of typed) expect(text).toContain(value);
      for (const [i, s] of report.text.overview.sections.entries()) expect(text).toContain(`（${'一二三四五'[i]}）${s.heading}`);
      if (name === 'page') expect(doc.title).toBe(`${report.meta.agency}2025年政府信息公开工作年度报告`);
    });
  }
});
