import { useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { Report } from '../../model/reportSchema.ts';
import { classStyler } from '../../render/html/htmlStyler.ts';
import { reportBodyHtml } from '../../render/html/reportBodyHtml.ts';
import { scopedReportStyleSheet } from '../../render/html/reportStyleSheet.ts';
import './print.css';

const scope = '.print-report';

/**
 * The report as published, for the printer only: a container beside the app (not inside it), hidden on screen;
 * print.css hides everything else when printing, so 打印 and Ctrl+P give the A4 report alone — no step list,
 * no findings. The body is the renderer's escaped HTML, the same as the downloaded page.
 */
export function PrintableReport({ report }: { report: Report }) {
  const html = useMemo(() => `<style>${scopedReportStyleSheet(report, scope)}</style>${reportBodyHtml(report, classStyler)}`, [report]);
  return createPortal(<div className="print-report" data-print-report="" dangerouslySetInnerHTML={{ __html: html }} />, document.body);
}
