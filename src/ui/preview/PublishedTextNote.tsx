import { useMemo } from 'react';
import { normalizeText } from '../../model/narrative/normalizeText.ts';
import type { Report } from '../../model/reportSchema.ts';
import { textFields } from '../../model/textFields.ts';

/**
 * Says what the export changes in the text: the rules of 一键规范 (full-width punctuation among Chinese,
 * dates, stray spaces) are applied to the published copy, as the preview below shows; the draft keeps what
 * was typed.
 */
export function PublishedTextNote({ report }: { report: Report }) {
  const changes = useMemo(() => textFields(report).reduce((sum, field) => sum + normalizeText(field.value).changes.length, 0), [report]);
  if (changes === 0) return null;
  return (
    <p className="preview-normalized" data-normalized-changes={changes}>
      导出时已按“一键规范”统一了正文中的 {changes} 处标点、日期或空格（如半角逗号、冒号、括号改为全角），下方预览即导出效果；
      草稿中的原文不变，如需改动原文，请在相应步骤使用“一键规范”。
    </p>
  );
}
