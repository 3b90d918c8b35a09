// What the clerk reads when the browser refuses to store the draft: what happened and what to do, in Chinese
// (the browser's own message is English and says nothing useful).

const whatToDo = '请立即点“保存为文件”留一份文件；未保存的修改仍在本页并已暂存在本机，程序会每隔几秒重试。';

export function saveFailureMessage(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return `浏览器拒绝保存草稿（存储空间可能已满）。${whatToDo}清理浏览器空间后会自动保存。`;
  if (name === 'InvalidStateError' || name === 'UnknownError') return `浏览器的草稿存储暂时无法使用。${whatToDo}`;
  return `浏览器未能保存草稿。${whatToDo}`;
}

export const conflictMessage =
  '此草稿已在另一个标签页中保存了较新的内容；为免覆盖，这里的修改没有存入草稿。';

export const backupLostMessage = '浏览器还拒绝了本机暂存，关闭本页会丢失未保存的修改：请立即点“保存为文件”。';
