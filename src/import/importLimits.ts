/** Largest input the importer reads: published reports are well under 1 MB of text, 10 MB as .docx. */
export const maxImportBytes = 20 * 1024 * 1024;

export const tooLargeMessage = (bytes: number) =>
  `文件过大（${(bytes / 1048576).toFixed(1)} MB），超过 ${maxImportBytes / 1048576} MB，不像是一份年度报告`;
