/**
 * Where drafts live, said in 草稿与文件. Opened from disk (the one-file build), the browser keeps them for
 * that file as it was opened — another browser, another copy or a moved file may not see them.
 */
export function DraftsLocationNote() {
  if (location.protocol !== 'file:') {
    return <p className="hint drafts-location">草稿只保存在这台电脑的这个浏览器中；清理浏览器数据前，请先点“保存为文件”。</p>;
  }
  return (
    <p className="message drafts-location" data-drafts-location="file">
      本工具是从电脑上的文件直接打开的：草稿保存在<strong>这个浏览器</strong>中，对应这份文件所在的位置。
      换用别的浏览器、打开另一份拷贝、把文件移到别处，或清理浏览器数据后，都可能看不到这些草稿——请随时点“保存为文件”留一份报告文件（.json）。
      在别的浏览器或另一份拷贝中，用下面的“打开报告文件”打开它，就能接着编写。
    </p>
  );
}
