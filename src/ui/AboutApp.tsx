/** 关于: which version of the app this is and when it was built (so a reviewer can tell versions apart). */
export function AboutApp() {
  return (
    <details className="about-app">
      <summary data-action="about">关于</summary>
      <div className="about-app-box" role="note">
        <p><strong>政府信息公开工作年度报告编写助手</strong></p>
        <p>版本 <span data-about="version">{__APP_VERSION__}</span>，构建日期 <span data-about="build-date">{__BUILD_DATE__}</span></p>
        <p>{location.protocol === 'file:' ? '单文件版：从本机文件直接打开，不需要网络。' : '网页版：从服务器打开。'}所有内容只保存在本机，不发送到任何地方。</p>
      </div>
    </details>
  );
}
