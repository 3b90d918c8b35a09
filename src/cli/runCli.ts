import { CliError } from './cliError.ts';
import { commands } from './commands.ts';
import type { Output } from './validateCommand.ts';

const usage = [
  '用法：npm run --silent cli -- <命令> ...',
  '  validate <文件>... [--json] [--final]   检查报告：错误、未填、提醒、已核实，可能输错的格列在前面（--final：未填按错误处理）',
  '  import <文件> [-o out.json]             从已发布的报告（.txt/.html/.docx）读出报告 JSON',
  '  export <report.json> [--docx out.docx] [--html out.html] [--cms out.html]   生成 Word、网页和 CMS 网页片段',
  '  review <文件或文件夹>... [--html review.html] [--csv review.csv] [--json]   一次审查多份报告（逐份问题、上年对比、汇总）',
  '  ledger <台账.xlsx|.csv> --year 2024 [--into report.json] [-o out.json] [--json]   由依申请公开台账计数表三',
  '  new --year 2025 --agency "某某县某某局" [--kind department|government|other] [-o out.json]',
  '  schema [-o report.schema.json]        输出报告文件的 JSON Schema',
].join('\n');

/** Runs one command line; returns the exit status. Every failure is one line on stderr. */
export async function runCli(argv: readonly string[], output: Output): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    output.out(usage);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    output.err(`不认识的命令：${name}\n${usage}`);
    return 2;
  }
  try {
    return await command(rest, output);
  } catch (error) {
    if (error instanceof CliError) {
      output.err(error.message);
      return error.exitCode;
    }
    output.err(`出错了：${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
