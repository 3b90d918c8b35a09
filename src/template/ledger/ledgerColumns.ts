import { requestsTable } from '../requestsTable.ts';

// The columns of the 依申请公开台账 (spec/ledger-format.md "Columns"): headers verbatim, then accepted synonyms.

export type LedgerRole = 'number' | 'received' | 'applicant' | 'result' | 'answered';

export type LedgerColumn = {
  readonly role: LedgerRole;
  /** The header the template writes and the spec names. */
  readonly header: string;
  readonly required: boolean;
  /** Other headers read as this column, most specific first (matched after removing spaces and punctuation). */
  readonly synonyms: readonly string[];
  /** What the clerk writes in it, for the template's explanation sheet. */
  readonly hint: string;
};

export const ledgerColumns: readonly LedgerColumn[] = [
  { role: 'number', header: '序号', required: false, synonyms: ['编号', '申请编号', '受理编号', '登记编号'], hint: '任意编号；出现问题时用它指明是哪一件申请' },
  { role: 'received', header: '收到日期', required: true, synonyms: ['收到时间', '申请日期', '申请时间', '受理日期', '受理时间', '登记日期'], hint: '收到申请的日期，如 2024-03-05、2024/3/5、2024年3月5日' },
  { role: 'applicant', header: '申请人类型', required: true, synonyms: ['申请人类别', '申请人性质', '申请主体类型', ...requestsTable.columns.map((heading) => heading.label)], hint: '从下拉列表中选：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他' },
  { role: 'result', header: '办理结果', required: false, synonyms: ['答复结果', '处理结果', '办理结果类型', '答复类型'], hint: '办结后从下拉列表中选表三的一种办理结果；仍在办理的留空' },
  { role: 'answered', header: '答复日期', required: false, synonyms: ['办结日期', '答复时间', '办结时间'], hint: '答复（办结）的日期；仍在办理的留空' },
];

/** Free columns the template adds after the counted ones; kept, never counted. */
export const ledgerFreeColumns: readonly string[] = ['申请内容', '申请方式', '备注'];
