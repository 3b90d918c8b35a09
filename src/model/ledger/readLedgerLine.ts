import type { RequestsColumn, RequestsRow } from '../../template/cellPathType.ts';
import type { ColumnMapping, LedgerSheet } from './ledgerSheet.ts';
import type { LedgerProblem, LedgerProblemKind } from './ledgerProblem.ts';
import type { LedgerRole } from '../../template/ledger/ledgerColumns.ts';
import { readLedgerDate } from './ledgerDate.ts';
import { cellText } from './ledgerText.ts';
import { matchApplicant, matchResult } from './matchResult.ts';

/** One ledger line read into what table 三 needs; `problems` holds what stops it from being counted. */
export type LedgerLine = {
  readonly row: number;
  readonly number: string;
  readonly applicant?: RequestsColumn;
  readonly receivedOn?: string;
  /** Key of the result row (`declined.stateSecret`); absent while the application is being handled. */
  readonly result?: RequestsRow;
  readonly answeredOn?: string;
  /** Raw texts of the counted columns, to tell identical duplicates from different ones. */
  readonly signature: string;
  readonly problems: readonly LedgerProblem[];
};

const applicantList = '自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他';

/** Reads one sheet row (index into the sheet); undefined for a row with nothing counted in it. */
export function readLedgerLine(sheet: LedgerSheet, index: number, mapping: ColumnMapping): LedgerLine | undefined {
  const cells = sheet[index] ?? [];
  const raw = (role: LedgerRole) => {
    const column = mapping[role];
    return column === undefined ? null : (cells[column] ?? null);
  };
  const text = (role: LedgerRole) => cellText(raw(role));
  if ((['received', 'applicant', 'result', 'answered'] as const).every((role) => text(role) === '')) return undefined;
  const row = index + 1;
  const number = text('number');
  const problems: LedgerProblem[] = [];
  const list = (kind: LedgerProblemKind, problem: string) => problems.push({ row, number, kind, problem, counted: false });

  const applicant = matchApplicant(text('applicant'));
  if (!applicant) {
    list('unknown-applicant', text('applicant') === ''
      ? `没有填申请人类型，未计入；请填写${applicantList}之一。`
      : `申请人类型“${text('applicant')}”不是表三的六类之一（${applicantList}），未计入；请改为其中之一。`);
  }
  const receivedRaw = raw('received');
  const receivedOn = receivedRaw === null || text('received') === '' ? undefined : readLedgerDate(receivedRaw);
  if (text('received') === '') list('missing-received', '没有填收到日期，未计入；请填写收到申请的日期。');
  else if (!receivedOn) list('unreadable-received', `收到日期“${text('received')}”不是可识别的日期，未计入；请写成 2024-03-05 或 2024年3月5日。`);
  const result = text('result') === '' ? undefined : matchResult(text('result'));
  if (text('result') !== '' && !result) {
    list('unknown-result', `办理结果“${text('result')}”不是表三的办理结果，未计入；请改为表三的一种结果，如“予以公开”“本机关不掌握相关政府信息”。`);
  }
  const answeredRaw = raw('answered');
  const answeredOn = answeredRaw === null || text('answered') === '' ? undefined : readLedgerDate(answeredRaw);
  if (text('answered') !== '' && !answeredOn) {
    list('unreadable-answered', `答复日期“${text('answered')}”不是可识别的日期，未计入；请写成 2024-03-05 或 2024年3月5日，仍在办理的留空。`);
  }
  if (receivedOn && answeredOn && answeredOn < receivedOn) {
    list('answered-before-received', `答复日期 ${answeredOn} 早于收到日期 ${receivedOn}，未计入；请核对这两个日期。`);
  }
  const signature = [receivedOn ?? text('received'), applicant ?? text('applicant'), result ?? text('result'), answeredOn ?? text('answered')].join('|');
  return {
    row,
    number,
    ...(applicant ? { applicant } : {}),
    ...(receivedOn ? { receivedOn } : {}),
    ...(result ? { result } : {}),
    ...(answeredOn ? { answeredOn } : {}),
    signature,
    problems,
  };
}
