/** Largest input the importer reads: published reports are well under 1 MB of text, 10 MB as .docx. */
export const maxImportBytes = 20 * 1024 * 1024;

export const tooLargeMessage = (bytes: number) =>
  `文件过大（${(bytes / 1048576).toFixed(1)} MB），超过 ${maxImportBytes / 1048576} MB，不像是一份年度报告`;

/** Table cells and short paragraphs: a report has a few hundred; far more means this is not one. */
export const maxCells = 20000;

export const tooManyCellsMessage = (cells: number) =>
  `内容过多（约 ${cells} 个段落和表格单元格），不像是一份年度报告；请只导入报告本身`;

/** Characters of text (paragraphs and cells) a report can hold: its text is 10 000–50 000 characters. */
export const maxTextCharacters = 400_000;

export const tooMuchTextMessage = (characters: number) =>
  `文字过多（约 ${Math.round(characters / 10000)} 万字），远超一份年度报告的篇幅，不像是一份年度报告；请只导入报告本身`;
