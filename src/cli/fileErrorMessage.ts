// The system's reasons a file cannot be read or written, in the words a clerk acts on.
const reasons: Readonly<Record<string, { read: string; write: string }>> = {
  ENOENT: { read: '文件不存在', write: '所在的文件夹不存在，请先建好文件夹或换一个位置' },
  EACCES: { read: '没有读取权限', write: '没有写入权限，请换一个有权限的位置，或请管理员开放权限' },
  EPERM: { read: '没有读取权限（或文件被占用）', write: '不允许写入（文件可能是只读的或正被 Word 等程序打开），请关闭后重试或换一个位置' },
  EISDIR: { read: '这是一个文件夹，不是文件', write: '这是一个文件夹，请在文件夹后写上文件名' },
  ENOTDIR: { read: '路径中有一部分不是文件夹', write: '路径中有一部分不是文件夹，请检查输出路径' },
  ENOSPC: { read: '磁盘空间不足', write: '磁盘空间已满，请清理磁盘或换一个磁盘后重试' },
  EROFS: { read: '磁盘是只读的', write: '磁盘或分区是只读的（如光盘、只读挂载），请换一个可写的位置' },
  EBUSY: { read: '文件正被其他程序占用', write: '文件正被其他程序（如 Word、浏览器）占用，请关闭后重试' },
  EMFILE: { read: '同时打开的文件过多，请稍后重试', write: '同时打开的文件过多，请稍后重试' },
  ENAMETOOLONG: { read: '文件名或路径过长', write: '文件名或路径过长，请换一个短一些的名称' },
};

/** Why a file could not be read or written, in Chinese; an unlisted system code is named as it is. */
export function fileErrorMessage(error: unknown, action: 'read' | 'write'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : reasons[code];
  if (known) return known[action];
  const verb = action === 'read' ? '读取' : '写入';
  return `${verb}时系统报错（${code ?? (error instanceof Error ? error.message : String(error))}），请检查路径和权限后重试`;
}
