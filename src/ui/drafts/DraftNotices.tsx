import { useState } from 'react';
import type { StartNotices } from '../../storage/startNotices.ts';
import './drafts.css';

const listed = (names: readonly string[]) => names.map((name) => `“${name}”`).join('、');

/** The messages of a start, in plain Chinese: what came back, what was set aside, what may be missing. */
export function noticeLines(notices: StartNotices): { readonly alert: boolean; readonly text: string }[] {
  const lines: { alert: boolean; text: string }[] = [];
  if (notices.stillUnsaved) {
    lines.push({ alert: true, text: '浏览器仍然拒绝保存草稿（存储空间可能已满）。上次未存入草稿的修改已从本机暂存中取回，显示在这里，但还没有存入草稿：请立即点“保存为文件”，再清理浏览器空间。' });
  }
  if (notices.mayBeOlder) {
    lines.push({ alert: true, text: '上次保存此草稿时浏览器拒绝了写入，也没能留下暂存，所以这份草稿可能比您最后输入的内容旧。请核对最近填写的内容；如有“保存为文件”得到的文件，可在“草稿与文件”中打开。' });
  }
  if (notices.restored > 0) lines.push({ alert: false, text: `上次关闭前还没存入草稿的修改已从本机暂存中恢复（${notices.restored} 份草稿）。` });
  if (notices.copied.length > 0) {
    lines.push({ alert: true, text: `另一个标签页后来保存过较新的内容，所以上次没存入的修改另存为新草稿${listed(notices.copied)}，没有覆盖任何内容。请在“草稿与文件”中核对。` });
  }
  if (notices.damaged > 0) {
    lines.push({ alert: true, text: `有 ${notices.damaged} 份草稿的数据已损坏，无法打开，已单独存放；其他草稿照常使用。可在“草稿与文件”中把损坏草稿的原始数据保存为文件。` });
  }
  for (const { name, fields } of notices.repaired) {
    lines.push({ alert: true, text: `草稿“${name}”中有 ${fields.length} 处内容类型不对（${fields.slice(0, 4).join('、')}${fields.length > 4 ? '等' : ''}），已改为文字或空白，请核对。` });
  }
  return lines;
}

export function DraftNotices({ notices }: { notices: StartNotices }) {
  const [open, setOpen] = useState(true);
  const lines = noticeLines(notices);
  if (!open || lines.length === 0) return null;
  const alert = lines.some((line) => line.alert);
  return (
    <div className="draft-notices" role={alert ? 'alert' : 'status'} data-notice="drafts">
      <ul>
        {lines.map((line) => (
          <li key={line.text}>{line.text}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setOpen(false)}>知道了</button>
    </div>
  );
}
