import { useRef } from 'react';
import type { Report } from '../../model/reportSchema.ts';
import { readReportFile } from './reportFile.ts';

type Props = {
  readonly onOpened: (report: Report, fileName: string) => void;
  readonly onError: (message: string) => void;
  readonly children?: React.ReactNode;
};

/** 打开报告文件: a button (keyboard reachable) driving a hidden file input; a broken file changes nothing. */
export function OpenFileButton({ onOpened, onError, children = '打开报告文件（.json）' }: Props) {
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <>
      <button type="button" data-action="open-file" onClick={() => input.current?.click()}>{children}</button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          const result = await readReportFile(file);
          if (result.ok) onOpened(result.report, file.name);
          else onError(result.error);
        }}
      />
    </>
  );
}
