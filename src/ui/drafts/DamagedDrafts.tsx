import { useCallback, useEffect, useState } from 'react';
import type { DamagedDraft, DraftStore } from '../../storage/draftStore.ts';
import { downloadRawData } from './reportFile.ts';
import { damagedBackups, removeDamagedBackup } from '../../storage/restoreBackups.ts';

/** Stored drafts and backups that cannot be opened: their raw data can be saved as a file, then deleted. */
export function DamagedDrafts({ store }: { store: DraftStore }) {
  const [entries, setEntries] = useState<DamagedDraft[]>([]);
  const refresh = useCallback(async () => {
    const [drafts, backups] = await Promise.all([store.damaged().catch(() => []), damagedBackups().catch(() => [])]);
    setEntries([...drafts, ...backups]);
  }, [store]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (entries.length === 0) return null;

  const remove = async (entry: DamagedDraft) => {
    if (!window.confirm('删除这份无法打开的草稿数据？删除前请先“保存原始数据为文件”。')) return;
    if (entry.source === 'draft') await store.remove(entry.id);
    else removeDamagedBackup(entry.id);
    await refresh();
  };

  return (
    <section className="damaged-drafts" aria-labelledby="damaged-heading" data-damaged={entries.length}>
      <h3 id="damaged-heading">无法打开的草稿（已单独存放，数据未删除）</h3>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key} data-damaged-key={entry.key}>
            {entry.source === 'draft' ? '草稿' : '关闭页面时的暂存'}：{entry.reason}
            <span className="draft-actions">
              <button type="button" data-action="save-raw" onClick={() => downloadRawData(entry.raw, `无法打开的草稿-${entry.id}.json`)}>
                保存原始数据为文件
              </button>
              <button type="button" className="danger" onClick={() => void remove(entry)}>删除</button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
