import { useEffect, useId, useRef, useState } from 'react';
import { detectInputKind } from '../../import/detectInputKind.ts';
import { importAccept } from '../../import/importFormats.ts';
import type { ImportNote } from '../../import/importNote.ts';
import type { ImportInput } from '../../import/inputKind.ts';
import { nextYearReport } from '../../model/nextYearReport.ts';
import type { Report } from '../../model/reportSchema.ts';
import { clipboardInput } from './clipboardInput.ts';
import { importOffThread } from './importOffThread.ts';
import { tableFills } from './importSummary.ts';
import { readFileBytes } from './readFileBytes.ts';
import './importPanel.css';

type Props = { onAccept: (report: Report) => void; onCancel: () => void };

type State =
  | { readonly phase: 'choose' }
  | { readonly phase: 'reading'; readonly source: string }
  | { readonly phase: 'failed'; readonly source: string; readonly error: string }
  | { readonly phase: 'read'; readonly source: string; readonly report: Report; readonly notes: readonly ImportNote[] };

const kindNames = { agencyKind: { department: '部门', government: '人民政府', other: '其他机关' } } as const;

/**
 * 导入已发布的报告: a .docx/.html/.txt/.json file or pasted text. Shows what was read and every note
 * BEFORE anything is replaced; only 使用这份报告 hands the report on.
 */
export function ImportPanel({ onAccept, onCancel }: Props) {
  const [state, setState] = useState<State>({ phase: 'choose' });
  const [typed, setTyped] = useState('');
  const fileInput = useRef<HTMLInputElement | null>(null);
  const headingId = useId();
  const pasteId = useId();
  // The keyboard follows the panel: its heading when it opens (or 重新选择), the result once read, the
  // message when reading failed — never left on a button that was just disabled or removed.
  const focusTarget = useRef<HTMLElement | null>(null);
  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => {
    if (state.phase === 'reading') return;
    (state.phase === 'choose' ? heading.current : focusTarget.current)?.focus();
  }, [state.phase]);

  const run = async (source: string, input: () => Promise<ImportInput | string>) => {
    setState({ phase: 'reading', source });
    try {
      const prepared = await input();
      if (typeof prepared === 'string') {
        setState({ phase: 'failed', source, error: prepared });
        return;
      }
      const result = await importOffThread(prepared);
      setState(result.ok ? { phase: 'read', source, report: result.report, notes: result.notes } : { phase: 'failed', source, error: result.error });
    } catch (error) {
      setState({ phase: 'failed', source, error: `读取失败：${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const chooseFile = (file: File) =>
    run(file.name, async () => {
      const detected = detectInputKind(file.name, await readFileBytes(file));
      return detected.ok ? detected.input : detected.error;
    });

  return (
    <section className="import-panel" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} ref={heading}>导入已发布的年度报告</h2>
      {state.phase !== 'read' && (
        <>
          <p>可以导入 Word 文件（.docx）、带文字的 PDF、从网站保存的网页（.html，或“网页，单个文件”保存的 .mhtml/.mht）、从网页复制的文字（.txt 或直接粘贴）或本工具保存的报告文件（.json）。网页中的导航栏、栏目链接和页脚会被略去，发布日期从网页中读出。导入后先核对读到的内容，确认后才会打开。</p>
          <div className="import-choices">
            <button type="button" data-action="import-file" onClick={() => fileInput.current?.click()}>选择文件……</button>
            <input
              ref={fileInput}
              type="file"
              accept={importAccept}
              hidden
              aria-label="选择要导入的报告文件"
              data-testid="import-file-input"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void chooseFile(file);
              }}
            />
          </div>
          <label htmlFor={pasteId}>或者把报告网页的内容粘贴到这里（从浏览器复制时，表格会随格式一起读取）：</label>
          <textarea
            id={pasteId}
            rows={6}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            onPaste={(event) => {
              const input = clipboardInput(event.clipboardData);
              if (!input) return;
              event.preventDefault();
              setTyped(input.kind === 'text' ? input.data as string : '');
              void run('粘贴的内容', async () => input);
            }}
          />
          <div className="import-actions">
            <button type="button" disabled={typed.trim() === '' || state.phase === 'reading'} onClick={() => void run('输入的文字', async () => ({ kind: 'text', data: typed }))}>
              读取文字
            </button>
            <button type="button" onClick={onCancel}>取消</button>
          </div>
          {state.phase === 'reading' && <p role="status">正在读取{state.source}……</p>}
          {state.phase === 'failed' && (
            <p role="alert" className="import-error" tabIndex={-1} ref={(element) => { focusTarget.current = element; }}>{state.source}：{state.error}。当前报告没有改动。</p>
          )}
        </>
      )}
      {state.phase === 'read' && (
        <ImportResult
          source={state.source}
          report={state.report}
          notes={state.notes}
          onAccept={() => onAccept(state.report)}
          onNextYear={() => onAccept(nextYearReport(state.report))}
          onAgain={() => setState({ phase: 'choose' })}
          onCancel={onCancel}
          focusRef={focusTarget}
        />
      )}
    </section>
  );
}

type ResultProps = {
  source: string;
  report: Report;
  notes: readonly ImportNote[];
  onAccept: () => void;
  onNextYear: () => void;
  onAgain: () => void;
  onCancel: () => void;
  focusRef: React.RefObject<HTMLElement | null>;
};

function ImportResult({ source, report, notes, onAccept, onNextYear, onAgain, onCancel, focusRef }: ResultProps) {
  const warnings = notes.filter((note) => note.level === 'warning');
  const infos = notes.filter((note) => note.level === 'info');
  const { meta } = report;
  return (
    <div className="import-result" data-testid="import-result">
      <p role="status" tabIndex={-1} ref={(element) => { focusRef.current = element; }}>已读取{source}。请核对以下内容，确认无误后再使用：</p>
      <dl className="import-meta">
        <dt>机关名称</dt><dd>{meta.agency === '' ? '（未读到，请在基本信息中填写）' : meta.agency}</dd>
        <dt>报告年度</dt><dd>{meta.year}年</dd>
        <dt>机关类型</dt><dd>{kindNames.agencyKind[meta.agencyKind ?? 'department']}</dd>
        <dt>成文日期</dt><dd>{meta.issuedOn ?? '（未读到）'}</dd>
        <dt>发布日期</dt>
        <dd data-testid="import-published-on">{meta.publishedOn === undefined ? '（未读到）' : `${meta.publishedOn}${meta.publishedOnSource ? `（取自${meta.publishedOnSource}）` : ''}`}</dd>
      </dl>
      <table className="import-fills">
        <caption>统计表读取情况</caption>
        <thead><tr><th scope="col">表格</th><th scope="col">读到的格数</th></tr></thead>
        <tbody>
          {tableFills(report).map((fill) => (
            <tr key={fill.heading} data-complete={fill.filled === fill.total ? 'true' : 'false'}>
              <th scope="row">{fill.heading}</th>
              <td>{fill.filled} / {fill.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {warnings.length > 0 ? (
        <section aria-label="需要核对的地方">
          <h3>需要核对的地方（{warnings.length} 处）</h3>
          <p>没能读出的格子已留空，不会自动填 0。</p>
          <ul className="import-notes">{warnings.map((note, i) => <li key={i} data-paths={note.paths.join(' ')}>{note.message}</li>)}</ul>
        </section>
      ) : (
        <p>所有内容都已读出，没有需要核对的地方。</p>
      )}
      {infos.length > 0 && (
        <details>
          <summary>读取说明（{infos.length} 条）</summary>
          <ul className="import-notes">{infos.map((note, i) => <li key={i}>{note.message}</li>)}</ul>
        </details>
      )}
      <div className="import-actions">
        <button type="button" data-action="import-accept" onClick={onAccept}>使用这份报告</button>
        <button type="button" data-action="import-next-year" onClick={onNextYear}>
          以此为上年报告，新建{meta.year + 1}年度
        </button>
        <button type="button" onClick={onAgain}>重新选择</button>
        <button type="button" onClick={onCancel}>取消</button>
      </div>
    </div>
  );
}
