// Files of a drop, folders walked recursively (the File and Directory Entries API of every current browser).

type Entry = { isFile: boolean; isDirectory: boolean; name: string; fullPath: string };
type FileEntry = Entry & { file: (resolve: (file: File) => void, reject: (error: unknown) => void) => void };
type DirectoryEntry = Entry & { createReader: () => { readEntries: (resolve: (entries: Entry[]) => void, reject: (error: unknown) => void) => void } };

export type NamedFile = { readonly path: string; readonly file: File };

async function readAll(directory: DirectoryEntry): Promise<Entry[]> {
  const reader = directory.createReader();
  const all: Entry[] = [];
  // readEntries returns at most 100 entries a call; an empty batch ends the folder.
  for (;;) {
    const batch = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: Entry, out: NamedFile[], depth: number): Promise<void> {
  if (entry.name.startsWith('.') || depth > 32) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileEntry).file(resolve, reject));
    out.push({ path: entry.fullPath.replace(/^\//, ''), file });
  } else if (entry.isDirectory) {
    for (const child of await readAll(entry as DirectoryEntry)) await walk(child, out, depth + 1);
  }
}

/** Every file dropped, with its path inside the dropped folders. */
export async function droppedFiles(data: DataTransfer): Promise<NamedFile[]> {
  const entries = [...data.items]
    .map((item) => (item as { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.() ?? null)
    .filter((entry): entry is Entry => entry !== null);
  if (entries.length === 0) return [...data.files].map((file) => ({ path: file.name, file }));
  const out: NamedFile[] = [];
  for (const entry of entries) await walk(entry, out, 0);
  return out;
}

/** Files chosen with a file or folder picker, with their paths inside the folder. */
export function pickedFiles(list: FileList | null): NamedFile[] {
  return [...(list ?? [])].map((file) => ({ path: (file as { webkitRelativePath?: string }).webkitRelativePath || file.name, file }));
}
