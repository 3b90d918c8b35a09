import { it } from 'vitest';
import type { AppSession } from './browserHarness.ts';
import { exportBoth, fillAgency, importPublished, draftsSayWhereTheyLive, printsOnlyTheReport, readLedger, reachEveryStepByMouse, reloadFindsDraft, reviewsReports, typeTableWithOneTypo } from './clerkFlows.ts';

// Issue 22's contract: the flows a clerk goes through, the same in every engine, served or opened from disk.
export const flowTimeout = 240_000;
// Opening may wait for the production build (plugin-legacy: minutes on a loaded 2-core machine) and an engine's unpacking.
export const openTimeout = 900_000;

/** Registers the contract's flows, in order, on the open session (inside a describe). */
export function clerkFlowTests(session: () => AppSession, options: { readonly fromDisk: boolean }): void {
  it('reaches every step by mouse', async () => {
    await reachEveryStepByMouse(session().page);
  }, flowTimeout);

  it('types table 三 with one mistyped cell, sees it marked with its fix and fixes it', async () => {
    await fillAgency(session().page);
    await typeTableWithOneTypo(session().page);
  }, flowTimeout);

  it('exports a .docx and an .html that open', async () => {
    await exportBoth(session().page);
  }, flowTimeout);

  it('prints only the report', async () => {
    await printsOnlyTheReport(session().page);
  }, flowTimeout);

  it('finds the draft after a reload', async () => {
    await reloadFindsDraft(session().page);
  }, flowTimeout);

  it(`imports a published text, a .docx and a PDF${options.fromDisk ? ' (the import worker started from a blob: URL)' : ''}`, async () => {
    await importPublished(session().page);
  }, flowTimeout);

  it('says in 草稿与文件 where drafts live', async () => {
    await draftsSayWhereTheyLive(session().page, options.fromDisk);
  }, flowTimeout);

  it('checks reports on the 审查 page and downloads its table', async () => {
    await reviewsReports(session().page);
  }, flowTimeout);

  it('counts table 三 from an .xlsx ledger', async () => {
    await readLedger(session().page);
  }, flowTimeout);
}
