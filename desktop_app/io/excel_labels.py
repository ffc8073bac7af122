"""The workbook's words in each language it is written in: sheet names, titles, notes, headers and
fixed labels. English is the key; `ZH_TW` holds the Traditional Chinese of each (Taiwan finance
usage). Texts with `{name}` fields are formatted after translation. Data labels (company names,
line labels) come from the data: the Chinese name or label where the data has one, else English.

The import does not read these words: the Scorecards sheet carries a hidden row of column keys
(`excel_layout.KEY_ROW`), so a workbook exported in either language is read the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.domain.companies import Company
from desktop_app.domain.line_def import LineDef

LANGUAGES = ("en", "zh_TW")
Translate = Callable[[str], str]

ZH_TW: dict[str, str] = {
    # sheet names (at most 31 characters, none of []:*?/\)
    "Summary": "摘要",
    "Scorecards": "財報記分卡",
    "Capex": "資本支出",
    "Capex points": "資本支出明細",
    "Forecasts & targets": "預估與目標價",
    "Forecasts": "財務預估",
    "Supply chain": "供應鏈",
    "Ranking history": "排名歷史",
    "Sources": "資料來源",
    "Citations": "引用出處",
    "Points from the notes": "報告要點",
    # Summary
    "CSP Desk: preference ranking of the cloud service providers": "CSP Desk：雲端服務供應商偏好排名",
    "Exported {stamp} from {workspace}": "匯出時間 {stamp}，工作區 {workspace}",
    "Rank": "排名",
    "Company": "公司",
    "Ticker": "股票代號",
    "Rating": "評等",
    "Share price (US$)": "股價（美元）",
    "Price date": "股價日期",
    "Target (US$)": "目標價（美元）",
    "Upside": "上漲空間",
    "Move": "名次變動",
    "Rationale": "理由",
    "new": "新",
    "not given": "未載明",
    " (stale)": "（過時）",
    "its date is not given": "日期未載明",
    "{age} days old": "已 {age} 天",
    "Stale price: {age} (stale after {days} days). Upside = latest target / latest price - 1.":
        "股價過時：{age}（超過 {days} 天即視為過時）。上漲空間 = 最新目標價 / 最新股價 - 1。",
    "The date the share price is as of; (stale) when older than {days} days or not given.":
        "股價所屬日期；超過 {days} 天或未載明者標示（過時）。",
    "Latest target price / latest share price - 1, computed.": "最新目標價 / 最新股價 - 1，計算所得。",
    "Places moved since the last snapshot: ▲ up, ▼ down, = unchanged.":
        "相對上次快照的名次變動：▲ 上升，▼ 下降，= 不變。",
    "Order": "排序",
    "Moves since": "變動基準",
    "Exported": "匯出時間",
    "Workspace": "工作區",
    "Exported by": "匯出者",
    "no snapshot yet": "尚無快照",
    "undated": "未註明日期",
    "{label} ({date})": "{label}（{date}）",
    # Scorecards
    "Earnings scorecards: actual vs consensus vs guidance": "財報記分卡：實際值 vs 市場共識 vs 財測",
    "US$ mn unless Unit says otherwise. Diff, YoY, QoQ and vs guidance are computed from the figures; "
    "italic: the note's printed figure (no figures to compute it from, or only the note's unrounded "
    "figures give it: see the cell's comment). Green = beat, red = miss by the line's "
    "direction (capex is neutral). Edit Actual, Consensus or Guidance and use Import from Excel.":
        "除「單位」另有標示外，單位為百萬美元。差異、年增率、季增率與相對財測由數字計算；"
        "斜體為報告印出的數字（無可計算的數字，或僅報告未四捨五入的數字可得出：見儲存格註解）。"
        "綠色 = 優於預期，紅色 = 低於預期（依項目方向；資本支出為中性）。"
        "修改實際值、市場共識或財測後，使用「從 Excel 匯入」。",
    "Quarter": "季度",
    "Calendar": "日曆季度",
    "Block": "區塊",
    "Section": "類別",
    "Line": "項目",
    "Unit": "單位",
    "Actual": "實際值",
    "Consensus": "市場共識",
    "Diff": "差異",
    "YoY": "年增率",
    "QoQ": "季增率",
    "Guidance": "財測",
    "vs guidance": "相對財測",
    "Remark": "備註",
    "Source": "來源",
    "Line key": "項目代碼",
    "Reported": "已公布",
    "Next quarter": "下一季",
    "Actual vs consensus; where a line has no actual yet (next-quarter block), guidance vs consensus. "
    "Percent for amounts, percentage points for rates.":
        "實際值相對市場共識；尚無實際值的項目（下一季區塊）為財測相對市場共識。金額以百分比、比率以百分點表示。",
    "Used by Import from Excel to find the line; do not edit.": "「從 Excel 匯入」以此辨識項目；請勿修改。",
    "Printed {what}: {printed}; computed from the figures: {computed}.":
        "報告印出的{what}：{printed}；由數字計算：{computed}。",
    "Printed {what} {printed} vs computed {computed}.": "報告印出的{what} {printed}，計算值 {computed}。",
    "Shown as printed in the note: {printed}. Computed from the rounded figures shown: {computed}; the "
    "note worked from unrounded figures, so the difference is rounding, not an error.":
        "依報告印出的數字顯示：{printed}。由所示四捨五入後的數字計算為 {computed}；"
        "報告以未四捨五入的數字計算，差異來自四捨五入，並非錯誤。",
    "diff vs consensus": "相對市場共識差異",
    "diff vs guidance": "相對財測差異",
    "guidance vs consensus": "財測相對市場共識",
    # Capex
    "Quarterly capex on calendar quarters (US$ mn)": "日曆季度資本支出（百萬美元）",
    "Bars: the actual where reported, else company guidance (blue cells, outlined bars). Yellow italic: "
    "derived by CSP Desk from a printed YoY, not reported. Italic: stated in the note's text.":
        "長條：已公布者為實際值，否則為公司財測（藍色儲存格、空心長條）。"
        "黃色斜體：CSP Desk 由報告印出的年增率推算，非公布值。"
        "斜體：報告內文所述。",
    "Quarterly capex (US$ mn)": "季度資本支出（百萬美元）",
    "US$ mn": "百萬美元",
    "Derived: {how}": "推算：{how}",
    "Annual outlook stated in the notes": "報告所述全年展望",
    "Period": "期間",
    "Capex outlook": "資本支出展望",
    "vs consensus": "相對市場共識",
    "Every capex point (US$ mn)": "資本支出明細（百萬美元）",
    "Basis: reported, stated in the note's text, derived by CSP Desk from a printed YoY, or company "
    "guidance. YoY (computed) from the figures; YoY (printed) as the note printed it.":
        "依據：已公布、報告內文所述、CSP Desk 由印出的年增率推算，或公司財測。"
        "年增率（計算）由數字算出；年增率（報告）為報告所印。",
    "Fiscal": "財務季度",
    "Basis": "依據",
    "YoY (computed)": "年增率（計算）",
    "YoY (printed)": "年增率（報告）",
    "Capex / revenue": "資本支出 / 營收",
    "How derived": "推算方式",
    "From the note's text": "報告內文",
    "Derived from printed YoY": "由印出的年增率推算",
    "Company guidance": "公司財測",
    # Forecasts & targets, Forecasts
    "KGI forecasts and target prices (Figure 1)": "凱基預估與目標價（圖 1）",
    "Upside and target change are computed from the figures; the printed ones are beside them.":
        "上漲空間與目標價變動由數字計算；報告印出者列於旁邊。",
    "Market cap (US$ bn)": "市值（十億美元）",
    "Target new (US$)": "新目標價（美元）",
    "Target old (US$)": "舊目標價（美元）",
    "Target change": "目標價變動",
    "Target change (printed)": "目標價變動（報告）",
    "Upside (printed)": "上漲空間（報告）",
    "Valuation (new)": "評價（新）",
    "Valuation (old)": "評價（舊）",
    "KGI forecasts": "凱基財務預估",
    "As printed in the notes; the change vs the previous forecast is the note's own figure.":
        "依報告所印；相對前次預估的變動為報告本身的數字。",
    "Year": "年度",
    "Metric": "指標",
    "Forecast": "預估值",
    "Change vs previous (printed)": "相對前次變動（報告）",
    # Supply chain
    "Taiwan supply chain of the CSPs (Figures 4–5)": "雲端服務供應商的台灣供應鏈（圖 4–5）",
    "Target prices in NT$. Share of revenue as printed in the note (%).":
        "目標價單位為新台幣。營收占比依報告所印（%）。",
    "CSP": "雲端服務供應商",
    "Analyst": "分析師",
    "Target (NT$)": "目標價（新台幣）",
    "Share of revenue (%)": "營收占比（%）",
    "Product": "產品",
    "Company (English)": "公司（英文）",
    "Rating (English)": "評等（英文）",
    "Product (English)": "產品（英文）",
    # Ranking history
    "Ranking history: every snapshot side by side": "排名歷史：各次快照並列",
    "Each snapshot's order, the places moved since the snapshot before it (▲ up, ▼ down) and the "
    "rationale; the last group is the current order against the last snapshot.":
        "每次快照的排序、相對前一次快照的名次變動（▲ 上升，▼ 下降）與理由；"
        "最後一組為目前排序相對最近一次快照。",
    "Current": "目前",
    "Note": "報告",
    "Reason in the note: {reason}": "報告所述理由：{reason}",
    # Sources, Citations, Points from the notes
    "The broker notes every figure was transcribed from; the figures and passages cited are on the "
    "Citations sheet, the points of the notes' text on Points from the notes.":
        "所有數字轉錄自以下券商報告；引用的圖表與段落見「引用出處」工作表，報告內文要點見「報告要點」工作表。",
    "Broker": "券商",
    "Published": "發布日期",
    "Title": "標題（英文）",
    "File": "檔案",
    "not printed": "未載明",
    "Figures and passages cited": "引用的圖表與段落",
    "Each figure or passage of a note that the workbook cites, with its lines in the note's text file.":
        "本活頁簿引用的每個報告圖表或段落，及其在報告文字檔中的行號。",
    "Figures cited": "引用數字數",
    "Shown on": "出現於",
    "Figure or passage": "圖表或段落",
    "Lines": "行號",
    "Points from the notes' text": "報告內文要點",
    "Each point in English and as the note wrote it (原文), with its figure where the note gives one.":
        "每個要點的英文與報告原文，並附報告所給的數字。",
    "Topic": "主題",
    "Point": "要點",
    "Figure": "數字",
    "Where": "出處",
    "cloud read": "雲端解讀",
    # page footer (&P: this page, &N: the pages)
    "Page &P of &N": "第 &P 頁，共 &N 頁",
    # document properties
    "CSP Desk summary {date}": "CSP Desk 摘要 {date}",
    "Preference ranking, earnings scorecards and capex of the cloud service providers":
        "雲端服務供應商的偏好排名、財報記分卡與資本支出",
}


def translator(language: str) -> Translate:
    """English → the language's text (English itself for "en" and for a text the table lacks)."""
    if language == "zh_TW":
        return lambda text: ZH_TW.get(text, text)
    return lambda text: text


def company_name(company: Company | None, ticker: str, language: str) -> str:
    if company is None:
        return ticker
    if language == "zh_TW" and company.name_zh:
        return company.name_zh
    return company.name_en


def line_label(definition: LineDef, language: str) -> str:
    if language == "zh_TW" and definition.label_zh:
        return definition.label_zh
    return definition.label


def sheet_names(name: str) -> set[str]:
    """`name` (an English sheet name) in every language the workbook is written in."""
    return {translator(language)(name) for language in LANGUAGES}
