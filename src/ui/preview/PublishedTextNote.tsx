import { useMemo } from 'react';
import { normalizeText } from '../../model/narrative/normalizeText.ts';
import type { Report } from '../../model/reportSchema.ts';
import { textFields } from '../../model/textFields.ts';
import { countBidiControls } from '../../render/xmlSafeReport.ts';

/**
 * Says what the export changes in the text: the rules of 一键规范 (full-width punctuation among Chinese,
 * dates, stray spaces) are applied to the published copy, as the preview below shows, and invisible controls
 * that reorder text (which could make a title read otherwise) are removed; the draft keeps what was typed.
 */
export function PublishedTextNote({ report }: { report: Report }) {
  const changes = useMemo(() => textFields(report).reduce((sum, field) => sum + normalizeText(field.value).changes.length, 0), [report]);
  const controls = useMemo(() => countBidiControls(JSON.stringify({ ...report, meta: { ...report.meta, lastYear: undefined } })), [report]);
  if (changes === 0 && controls === 0) return null;
  return (
    <p className="preview-normalized" data-normalized-changes={changes} data-removed-controls={controls}>
      {changes > 0 && <>导出时已按“一键规范”统一了正文中的 {changes} 处标点、日期或空格（如半角逗号、冒号、括号改为全角），下方预览即导出效果；</>}
      {controls > 0 && <>导出时删去了 {controls} 个看不见的文字方向控制符或分隔符（它们能让标题、正文显示得与实际文字不同，如把机关名称倒过来显示；分隔符改为普通换行）；</>}
      草稿中的原文不变，如需改动原文，请在相应步骤{changes > 0 ? '使用“一键规范”' : '修改'}。
    </p>
  );
}
