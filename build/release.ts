/**
 * npm run release: builds the served app (dist/) and the one-file build (dist-single/report-assistant.html)
 * and packs both, with a short 使用说明 in Chinese, into release/gov-info-annual-report-<version>.zip.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { singleFileName, singleFileOutDir } from './singleFileBuild.ts';

const projectRoot = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
const folder = `gov-info-annual-report-${manifest.version}`;

export const instructions = (version: string, builtOn: string) => `政府信息公开工作年度报告编写助手 ${version}（${builtOn} 构建）
使用说明

本压缩包里有两种版本，功能完全相同，任选其一：

一、单文件版：report-assistant.html（适合 U 盘拷贝、邮件发送，不需要服务器和网络）
  1. 把 report-assistant.html 复制到电脑上的一个固定位置（如“我的文档”），双击用浏览器打开。
  2. 请用 360 安全浏览器 13 及以上的“极速模式”、奇安信可信浏览器、Chrome、Edge（86 及以上）或 Firefox（115 及以上）。
     如果打开后是空白页或提示浏览器版本太旧，请点地址栏右端的图标切换到“极速模式”，不要用“兼容模式”或 IE。
  3. 草稿自动保存在这个浏览器中。换浏览器、换电脑、移动或另拷一份文件后可能看不到原来的草稿，
     清理浏览器数据时草稿也会被删除：请经常点“保存为文件”保存报告文件（.json），需要时用“草稿与文件 → 打开报告文件”打开。

二、网页版：web 文件夹（适合放在单位内网的网页服务器上，供多人使用）
  1. 把 web 文件夹里的全部文件复制到内网网页服务器的任意目录（可以是子目录，如 /nianbao/）。
  2. 在浏览器中打开该目录的地址（如 http://内网服务器/nianbao/）即可使用。
  3. 服务器设置：.js 文件的类型须为 text/javascript，.css 为 text/css，.html 为 text/html，.svg 为 image/svg+xml，
     .json 为 application/json；assets 目录中的文件名带有版本标记，可以长期缓存；index.html 不要缓存（或每次重新验证），
     以便更新后立即生效。
  4. 本工具不向任何其他地址发送请求，所有内容只保存在使用者自己的浏览器中。

遇到问题时，请记下页面上的提示文字和“关于”中显示的版本号，告知信息化管理人员。
`;

function run(args: string[]): void {
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), ...args], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite ${args.join(' ')} failed`);
}

function addFolder(zip: JSZip, dir: string, under: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) addFolder(zip, path, `${under}/${name}`);
    else zip.file(`${under}/${relative(dir, path)}`, readFileSync(path));
  }
}

async function release(): Promise<void> {
  run(['build']);
  run(['build', '--mode', 'single']);
  const zip = new JSZip();
  addFolder(zip, join(projectRoot, 'dist'), `${folder}/web`);
  zip.file(`${folder}/${singleFileName}`, readFileSync(join(projectRoot, singleFileOutDir, singleFileName)));
  zip.file(`${folder}/使用说明.txt`, instructions(manifest.version, new Date().toISOString().slice(0, 10)).replace(/\n/g, '\r\n'));
  const out = join(projectRoot, 'release');
  mkdirSync(out, { recursive: true });
  const target = join(out, `${folder}.zip`);
  writeFileSync(target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
  console.log(`写好了：${relative(projectRoot, target)}`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await release();
