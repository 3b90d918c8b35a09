// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../src/model/finding.ts';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import { setCell } from '../../../src/model/cellAccess.ts';
import { renderCmsHtml } from '../../../src/render/html/renderCmsHtml.ts';
import { renderHtml } from '../../../src/render/html/renderHtml.ts';
import { PreviewStep } from '../../../src/ui/preview/PreviewStep.tsx';
import { fullReport } from '../../fixtures/fullReport.ts';

// jsdom has no object URLs, no navigation and no clipboard: record what the component hands the browser.
type Download = { name: string; blob: Blob };
let downloads: Download[] = [];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  downloads = [];
  let next = 0;
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${next++}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => {},
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(globalThis, 'ClipboardItem');
});

function setup(report = fullReport, findings: readonly Finding[] = []) {
  const onShowFinding = vi.fn();
  const onFontProfileChange = vi.fn();
  const user = userEvent.setup();
  render(<PreviewStep report={report} findings={findings} onShowFinding={onShowFinding} onFontProfileChange={onFontProfileChange} />);
  return { onShowFinding, onFontProfileChange, user };
}

const readText = (blob: Blob) => blob.text();

describe('PreviewStep', () => {
  it('shows the page exactly as exported, in a sandboxed iframe', () => {
    setup();
    const frame = screen.getByTitle('报告预览');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(renderHtml(fullReport));
  });

  it('says there is no error and offers every download at once for a finished report', () => {
    setup();
    expect(screen.getByRole('heading', { name: '没有错误或未填，可以导出' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).toBeNull();
    for (const name of ['下载 Word 文件（.docx）', '下载网页（.html）', '下载网站编辑器用网页', '复制到剪贴板']) {
      expect(screen.getByRole('button', { name })).toBeEnabled();
    }
  });

  it('lists blank cells as errors on export and blocks the downloads until the clerk confirms', async () => {
    const report = setCell(fullReport, 'tables.requests.received.natural', null);
    const { user } = setup(report);
    // The same words as the header: a blank cell is 未填, not 错误, and it must be filled before export.
    expect(screen.getByRole('heading', { name: '导出前必须解决：未填 1 格' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '我已知道报告还有未填 1 格没有解决，仍要导出（未填的单元格印为 0）' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /表三「一、本年新收 \/ 自然人」/ })).toBeInTheDocument();
    const download = screen.getByRole('button', { name: '下载网页（.html）' });
    expect(download).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /仍要导出/ }));
    expect(download).toBeEnabled();
    await user.click(download);
    expect(downloads).toHaveLength(1);
  });

  it('lists the findings that name a likely mistyped cell first, with that cell and its figure', () => {
    const report = setCell(setCell(fullReport, 'tables.requests.received.natural', null), 'tables.requests.disclosed.natural', 12);
    setup(report);
    expect(screen.getByRole('heading', { name: '导出前必须解决：错误 2 处，未填 1 格' })).toBeInTheDocument();
    const items = within(screen.getByRole('region', { name: /导出前必须解决/ })).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('表三「（一）予以公开 / 自然人」可能输错：应为 21。');
    expect(items[1]?.textContent).toContain('可能输错：应为 21。');
    expect(items[2]?.textContent).toContain('未填写');
  });

  it('merges the wizard findings, and takes a finding to its place when clicked', async () => {
    const fromWizard: Finding = { severity: 'warning', rule: 'narrative-count', cells: ['text.overview'], message: '正文中的申请数与表三不一致' };
    const { user, onShowFinding } = setup(fullReport, [fromWizard]);
    await user.click(screen.getByText('提醒 1 处（不妨碍导出，建议核实）'));
    await user.click(screen.getByRole('button', { name: '正文中的申请数与表三不一致' }));
    expect(onShowFinding).toHaveBeenCalledWith(fromWizard);
  });

  it('downloads the page and the CMS form under the report title', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: '下载网页（.html）' }));
    await user.click(screen.getByRole('button', { name: '下载网站编辑器用网页' }));
    expect(downloads.map((d) => d.name)).toEqual([
      '示例市生态环境局2025年政府信息公开工作年度报告.html',
      '示例市生态环境局2025年政府信息公开工作年度报告（网站编辑器用）.html',
    ]);
    expect(await readText(downloads[0]!.blob)).toBe(renderHtml(fullReport));
    expect(await readText(downloads[1]!.blob)).toBe(renderCmsHtml(fullReport));
    expect(screen.getByRole('status')).toHaveTextContent('已生成网页文件');
  });

  it('builds the .docx on demand, with the font profile chosen here', async () => {
    const { user, onFontProfileChange } = setup();
    await user.click(screen.getByRole('radio', { name: /Windows 自带字体/ }));
    expect(onFontProfileChange).toHaveBeenCalledWith('windows');
    await user.click(screen.getByRole('button', { name: '下载 Word 文件（.docx）' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20_000 });
    const [docx] = downloads;
    expect(docx?.name).toBe('示例市生态环境局2025年政府信息公开工作年度报告.docx');
    expect(docx?.blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const zip = await JSZip.loadAsync(await docx!.blob.arrayBuffer());
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).not.toContain('仿宋_GB2312');
    expect(screen.getByRole('status')).toHaveTextContent('已生成 Word 文件');
  });

  it('copies the CMS form as text/html with a plain-text twin', async () => {
    const written: Record<string, Blob>[] = [];
    class FakeClipboardItem {
      constructor(readonly items: Record<string, Blob>) {}
    }
    // After setup: user-event installs a clipboard stub of its own.
    const { user } = setup();
    Object.assign(globalThis, { ClipboardItem: FakeClipboardItem });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { write: async (items: FakeClipboardItem[]) => { written.push(...items.map((i) => i.items)); } },
    });
    await user.click(screen.getByRole('button', { name: '复制到剪贴板' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('已复制'));
    expect(Object.keys(written[0] ?? {}).sort()).toEqual(['text/html', 'text/plain']);
    expect(await readText(written[0]!['text/html']!)).toBe(renderCmsHtml(fullReport));
    expect(await readText(written[0]!['text/plain']!)).toContain('一、本年新收政府信息公开申请数量\t\t\t54\t9\t1\t1\t1\t1\t67');
  });

  it('says in Chinese what to do when the browser refuses the clipboard', async () => {
    const { user } = setup();
    Object.assign(globalThis, { ClipboardItem: class {} });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { write: async () => { throw new DOMException('denied', 'NotAllowedError'); } },
    });
    await user.click(screen.getByRole('button', { name: '复制到剪贴板' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('浏览器拒绝了复制'));
    expect(screen.getByRole('status')).toHaveTextContent('请改用“下载网站编辑器用网页”');
  });

  it('falls back to the HTML source as text where ClipboardItem is missing', async () => {
    const texts: string[] = [];
    const { user } = setup();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => { texts.push(text); } } });
    await user.click(screen.getByRole('button', { name: '复制到剪贴板' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('源代码'));
    expect(texts).toEqual([renderCmsHtml(fullReport)]);
  });

  it('starts with the font profile remembered in the draft', () => {
    setup(setCell(emptyReport({ year: 2025, agency: '某某县某某局' }), 'meta.fontProfile', 'windows'));
    const fonts = screen.getByRole('group', { name: 'Word 文件的字体' });
    expect(within(fonts).getByRole('radio', { name: /Windows 自带字体/ })).toBeChecked();
  });
});
