import { downloadBlob } from '../preview/downloadBlob.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The ledger template as a download; the spreadsheet writer loads only now. */
export async function downloadLedgerTemplate(kind: 'xlsx' | 'csv'): Promise<void> {
  if (kind === 'csv') {
    const { ledgerTemplateCsv } = await import('../../render/ledger/ledgerTemplateCsv.ts');
    downloadBlob(new Blob([ledgerTemplateCsv()], { type: 'text/csv;charset=utf-8' }), '依申请公开台账模板.csv');
    return;
  }
  const { ledgerTemplateXlsx } = await import('../../render/ledger/ledgerTemplateXlsx.ts');
  const bytes = await ledgerTemplateXlsx();
  downloadBlob(new Blob([bytes as BlobPart], { type: xlsxType }), '依申请公开台账模板.xlsx');
}
