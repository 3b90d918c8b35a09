import { useRef, useState } from 'react';
import { useFocusReturn } from '../layout/useFocusReturn.ts';
import type { Report } from '../../model/reportSchema.ts';
import { ImportHost } from './ImportHost.tsx';
import { OpenFileButton } from './OpenFileButton.tsx';

type Props = {
  readonly year: number;
  readonly onCreate: (report: Report, name?: string) => void;
  readonly onClose: () => void;
};

/** First run: the new empty report is already open; offer the example, a saved file or an import. */
export function WelcomeBanner({ year, onCreate, onClose }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const section = useRef<HTMLElement | null>(null);
  useFocusReturn(importing, () => section.current?.querySelector<HTMLElement>('[data-action="import"]'));
  return (
    <section className="welcome" aria-labelledby="welcome-heading" ref={section}>
      <h2 id="welcome-heading">欢迎使用</h2>
      <p>
        已为您新建一份<strong>{year}年度</strong>的空白报告，填写的内容会自动保存在本浏览器中。
        按<span className="at-wide-nav">左侧</span><span className="at-narrow-nav">上方</span>的步骤依次填写，
        <span className="at-wide">右侧</span><span className="at-narrow">下方</span>的“检查结果”会随时列出表格不平衡、漏填等问题。
      </p>
      {error && <p className="message message-error" role="alert">{error}</p>}
      {importing ? (
        <ImportHost onAccept={(report) => onCreate(report)} onCancel={() => setImporting(false)} />
      ) : (
        <div className="dialog-actions">
          <button type="button" data-action="example" onClick={async () => {
              // The example's text is only needed when asked for: a chunk of its own.
              const { exampleReport } = await import('../example/exampleReport.ts');
              onCreate(exampleReport(), '示例报告（虚构机关）');
            }}>
            先看看示例报告
          </button>
          <OpenFileButton onOpened={(report) => onCreate(report)} onError={setError} />
          <button type="button" data-action="import" onClick={() => setImporting(true)}>导入已发布的报告</button>
          <button type="button" className="link-button" onClick={onClose}>关闭提示，直接填写</button>
          <a className="link-button" href="#review" data-action="review-page">审查多份报告（审查人员用）</a>
        </div>
      )}
    </section>
  );
}
