/** Over every step of the example: its figures are invented; the way back to the clerk's own report. */
export function ExampleNotice({ onLeave }: { onLeave: (() => void) | undefined }) {
  return (
    <p className="example-notice" data-example-notice>
      <span className="tag tag-example">示例</span>
      这是虚构机关的示例报告，仅供参考，请不要在这里填写本机关的数字。
      {onLeave && (
        <button type="button" className="link-button" data-action="leave-example" onClick={onLeave}>
          回到我的报告
        </button>
      )}
    </p>
  );
}
