// The review page's look: screen and A4 landscape print (reviewers print the summary and table).
export const reviewStyleSheet = `
body { margin: 0; font: 14px/1.5 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; color: #111; background: #fff; }
main { padding: 1em 1.5em; }
h1 { font-size: 1.5em; margin: 0.3em 0; }
h2 { font-size: 1.2em; margin: 1.2em 0 0.4em; border-bottom: 1px solid #999; }
h3 { font-size: 1.05em; margin: 0.8em 0 0.3em; }
.summary { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; padding: 0; list-style: none; }
.summary li { min-width: 9em; }
.summary strong { font-size: 1.3em; }
.filters { margin: 0.5em 0; display: flex; gap: 1em; flex-wrap: wrap; align-items: center; }
.wide { overflow-x: auto; }
table.review { border-collapse: collapse; font-size: 0.9em; }
table.review th, table.review td { border: 1px solid #888; padding: 0.25em 0.45em; text-align: left; vertical-align: top; }
table.review th { background: #eee; white-space: nowrap; }
table.review th button { font: inherit; border: 0; background: none; padding: 0; cursor: pointer; }
table.review td.number { text-align: right; white-space: nowrap; }
table.review .nowrap { white-space: nowrap; }
table.review .clip { display: inline-block; vertical-align: bottom; white-space: nowrap; max-width: 9em; overflow: hidden; text-overflow: ellipsis; }
.more-toggle + label { margin-left: 0.3em; }
table.review .more { display: none; }
.more-toggle:checked ~ .wide table.review .more { display: table-cell; }
.rule { font-weight: bold; }
.deductions li { margin: 0.15em 0; }
tr.has-errors td:first-child { border-left: 4px solid #b00; }
.error { color: #b00; }
.warning { color: #8a5a00; }
.findings li { margin: 0.15em 0; }
.findings code, .cell { font-family: Consolas, monospace; font-size: 0.85em; color: #555; }
.unreadable li { color: #b00; }
table.official { border-collapse: collapse; table-layout: fixed; width: 100%; font-size: 0.8em; }
table.official th, table.official td { border: 1px solid #000; padding: 0.2em; font-weight: normal; text-align: center; vertical-align: middle; }
table.official .r-rowLabel, table.official .r-note { text-align: left; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  main { padding: 0; }
  .filters, table.review th button::after { display: none; }
  table.review { font-size: 8pt; }
  table.review tr, .report-detail { break-inside: avoid; }
  details { display: block; }
  details > summary { list-style: none; }
}`;
