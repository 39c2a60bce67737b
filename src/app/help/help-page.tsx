/**
 * 帮助: what the words of the checks mean, how 勾稽 works, the grid's keys, and where drafts are
 * kept. The words and the rules' explanations come from the domain, so this page says what the
 * screens say.
 */
import {
  ACKNOWLEDGED_MEANING,
  ACKNOWLEDGED_WORD,
  findRule,
  READY_MEANING,
  READY_WORD,
  RULES,
  SEVERITY_MEANINGS,
  SEVERITY_WORDS,
  type Severity,
} from '../../domain/index.ts';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The grid's keyboard keys (the editor's grid handles these). */
const GRID_KEYS: readonly (readonly [keys: string, what: string])[] = [
  ['↑ ↓ ← →', '在格子之间移动'],
  ['Tab / Shift+Tab', '到右边 / 左边一格'],
  ['Enter', '确认并到下一行'],
  ['Home / End', '到本行第一格 / 最后一格'],
  ['Esc', '放弃正在输入的内容，恢复原值'],
  ['Ctrl+Z / Ctrl+Y', '撤销 / 重做'],
  ['Ctrl+V', '粘贴从 Excel、WPS 复制的一整块表格（从当前格开始）'],
  ['Ctrl+P', '打印预览：打印正式版式，而不是编辑界面'],
];

function explanation(ruleId: string): string {
  return findRule(ruleId)?.explanation ?? '';
}

export function HelpPage() {
  return (
    <main className="help-page" aria-labelledby="help-heading">
      <h1 id="help-heading">帮助</h1>

      <section aria-labelledby="help-words">
        <h2 id="help-words">检查结果里的词</h2>
        <dl className="help-terms">
          {SEVERITIES.map((s) => (
            <div key={s} className={`help-term sev-${s}`}>
              <dt>
                <span className="sev-word">{SEVERITY_WORDS[s]}</span>
              </dt>
              <dd>{SEVERITY_MEANINGS[s]}</dd>
            </div>
          ))}
          <div className="help-term">
            <dt>
              <span className="sev-word">{ACKNOWLEDGED_WORD}</span>
            </dt>
            <dd>{ACKNOWLEDGED_MEANING}</dd>
          </div>
          <div className="help-term">
            <dt>
              <span className="sev-word">{READY_WORD}</span>
            </dt>
            <dd>{READY_MEANING}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="help-balance">
        <h2 id="help-balance">勾稽关系</h2>
        <p className="help-formula">
          表三每一列：<strong>一 + 二 = 三（七）总计 + 四</strong>
        </p>
        <p>{explanation('requests.balance')}</p>
        <p className="help-formula">
          <strong>二、上年结转 = 上年报告的 四、结转下年度继续办理</strong>
        </p>
        <p>
          {explanation('requests.carryover')}
          用“导入上年报告”开始的草稿会自动填入上年结转，并保留上年报告用于核对。
        </p>
        <p>
          灰底的格子（“总计”列、“（七）总计”行、复议和诉讼的“总计”）由本工具自动相加，不能输入。某一列不平时，检查结果会写明两边各是多少、相差多少，点击这条问题可以跳到有关的格子。
        </p>
      </section>

      <section aria-labelledby="help-keys">
        <h2 id="help-keys">表格里的键盘操作</h2>
        <table className="help-keys">
          <thead>
            <tr>
              <th scope="col">按键</th>
              <th scope="col">作用</th>
            </tr>
          </thead>
          <tbody>
            {GRID_KEYS.map(([keys, what]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>可以输入全角数字、千分位（1,234）和“32万”；无法写入的内容会在格子旁说明原因。</p>
      </section>

      <section aria-labelledby="help-storage">
        <h2 id="help-storage">草稿保存在哪里</h2>
        <p>
          草稿只保存在<strong>这台电脑的这个浏览器</strong>里（浏览器的 IndexedDB
          存储），不会上传到任何服务器。每次修改在一秒内自动保存。换一台电脑、换一个浏览器，或清除浏览器的“网站数据”，都看不到这些草稿。
        </p>
        <p>
          备份：在首页点“下载全部草稿备份”，得到一个 JSON 文件，请存到单位的共享盘或 U
          盘。恢复：在首页点“从备份恢复…”并选择这个文件；已有的草稿不会被覆盖：备份里与已有草稿不同的版本另存为一份新草稿。
        </p>
      </section>

      <section aria-labelledby="help-rules">
        <h2 id="help-rules">全部检查规则</h2>
        <details>
          <summary>展开 {RULES.length} 条规则</summary>
          <ul className="help-rules">
            {RULES.map((r) => (
              <li key={r.id}>
                <span className={`sev-word sev-${r.severity}`}>{SEVERITY_WORDS[r.severity]}</span>{' '}
                <strong>{r.title}</strong>：{r.explanation}
              </li>
            ))}
          </ul>
        </details>
      </section>
    </main>
  );
}
