import type { FontProfile } from '../../render/docx/fontProfiles.ts';

type Props = { value: FontProfile; onChange: (profile: FontProfile) => void };

const choices: readonly { value: FontProfile; label: string; hint: string }[] = [
  { value: 'gb2312', label: '公文标准字体', hint: '仿宋_GB2312、楷体_GB2312、方正小标宋简体、黑体（单位电脑一般已安装）' },
  { value: 'windows', label: 'Windows 自带字体', hint: '仿宋、楷体、宋体、黑体（电脑上没有 _GB2312 字体时选这个，否则 Word 会换成其他字体）' },
];

/** Which fonts the Word file names; remembered with the draft. */
export function FontProfileChoice({ value, onChange }: Props) {
  return (
    <fieldset className="preview-fonts">
      <legend>Word 文件的字体</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="preview-font-choice">
          <input type="radio" name="font-profile" value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          <span>
            <strong>{choice.label}</strong>
            <span className="hint">{choice.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
