import { sections } from '../template/sections.ts';

/** Placeholder shell until the wizard lands: lists the six parts of the report. */
export function App() {
  return (
    <main>
      <h1>政府信息公开工作年度报告编写助手</h1>
      <ol>{sections.map((section) => <li key={section.id}>{section.heading}</li>)}</ol>
    </main>
  );
}
