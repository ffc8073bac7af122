<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AddNameDialog</name>
    <message>
        <source>Add Name</source>
        <translation>新增公司</translation>
    </message>
    <message>
        <source>e.g. ORCL</source>
        <translation>例如 ORCL</translation>
    </message>
    <message>
        <source>e.g. Oracle</source>
        <translation>例如 Oracle</translation>
    </message>
    <message>
        <source>optional, e.g. 甲骨文</source>
        <translation>選填，例如 甲骨文</translation>
    </message>
    <message>
        <source>optional, e.g. Oracle Cloud Infrastructure</source>
        <translation>選填，例如 Oracle Cloud Infrastructure</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>&amp;Ticker:</source>
        <translation>股票代號(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名稱：</translation>
    </message>
    <message>
        <source>Fiscal year ends in:</source>
        <translation>會計年度結束月份：</translation>
    </message>
    <message>
        <source>Cloud segment:</source>
        <translation>雲端部門：</translation>
    </message>
    <message>
        <source>The name joins the bottom of the ranking.</source>
        <translation>新公司會排在排名的最後。</translation>
    </message>
    <message>
        <source>Enter a ticker.</source>
        <translation>請輸入股票代號。</translation>
    </message>
    <message>
        <source>%1 is already covered.</source>
        <translation>%1 已在追蹤名單中。</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>請輸入公司名稱。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open workspace</source>
        <translation>無法開啟工作區</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>Taken</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>When the backup was made, in this computer&apos;s time zone</source>
        <translation>備份建立的時間（本機時區）</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>The preference order saved in the backup</source>
        <translation>備份中儲存的偏好順序</translation>
    </message>
    <message>
        <source>Latest change in it</source>
        <translation>其中最新的變更</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>On close</source>
        <translation>關閉時</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Before restore</source>
        <translation>還原前</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分鐘前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小時前</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 天前</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>備份失敗：%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已備份至 %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>The current state could not be backed up first, so nothing was restored.

%1</source>
        <translation>無法先備份目前的狀態，因此沒有還原任何內容。

%1</translation>
    </message>
    <message>
        <source>Restored the backup %1. Restoring the “Before restore” backup undoes it.</source>
        <translation>已還原備份 %1。還原「還原前」備份即可復原此動作。</translation>
    </message>
    <message>
        <source>Nothing was restored; the workspace is as it was.

%1</source>
        <translation>沒有還原任何內容；工作區維持原狀。

%1</translation>
    </message>
</context>
<context>
    <name>CapexChart</name>
    <message>
        <source>Capex, US$ mn</source>
        <translation>資本支出（百萬美元）</translation>
    </message>
    <message>
        <source>YoY, %</source>
        <translation>年增率（%）</translation>
    </message>
    <message>
        <source>Capex intensity: capex / revenue, % (hollow = guided quarter)</source>
        <translation>資本支出強度：資本支出 / 營收，%（空心 = 財測季度）</translation>
    </message>
    <message>
        <source>%1: no capex figures in the notes</source>
        <translation>%1：報告中沒有資本支出數字</translation>
    </message>
    <message>
        <source>No capex figures in the notes: %1</source>
        <translation>報告中沒有資本支出數字：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: no figure for this view in the notes</source>
        <translation>%1：報告中沒有此檢視的數字</translation>
    </message>
    <message>
        <source>Company guidance</source>
        <translation>公司財測</translation>
    </message>
    <message>
        <source>Outlook from the notes</source>
        <translation>報告中的展望</translation>
    </message>
    <message>
        <source>Derived from printed YoY</source>
        <translation>由報告所載年增率推算</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>市場共識</translation>
    </message>
    <message>
        <source>YoY % (right axis)</source>
        <translation>年增率 %（右軸）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>資料來源：%1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>QoQ: %1 (as printed)</source>
        <translation>季增率：%1（報告所載）</translation>
    </message>
    <message>
        <source>QoQ: %1 (computed)</source>
        <translation>季增率：%1（計算值）</translation>
    </message>
    <message>
        <source>; the note prints %1, which these figures do not give</source>
        <translation>；報告載為 %1，但這些數字推算不出此值</translation>
    </message>
    <message>
        <source>; printed %1</source>
        <translation>；報告所載 %1</translation>
    </message>
    <message>
        <source>%1 (calendar) / %2 (fiscal)</source>
        <translation>%1（日曆季度）/ %2（會計季度）</translation>
    </message>
    <message>
        <source>%1 (calendar quarter)</source>
        <translation>%1（日曆季度）</translation>
    </message>
    <message>
        <source>Capex guidance: %1 US$ mn (company guidance, no actual yet)</source>
        <translation>資本支出財測：%1 百萬美元（公司財測，尚無實際值）</translation>
    </message>
    <message>
        <source>Capex: %1 US$ mn, DERIVED (not printed in the notes)</source>
        <translation>資本支出：%1 百萬美元，推算值（報告未載）</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation>推算方式：%1</translation>
    </message>
    <message>
        <source>Capex: %1 US$ mn, stated in the note&apos;s text</source>
        <translation>資本支出：%1 百萬美元，見於報告內文</translation>
    </message>
    <message>
        <source>Capex: %1 US$ mn, reported</source>
        <translation>資本支出：%1 百萬美元，公司公布</translation>
    </message>
    <message>
        <source>as printed</source>
        <translation>報告所載</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>計算值</translation>
    </message>
    <message>
        <source>YoY: %1 (%2)</source>
        <translation>年增率：%1（%2）</translation>
    </message>
    <message>
        <source>YoY: not known</source>
        <translation>年增率：不明</translation>
    </message>
    <message>
        <source>vs consensus: %1 (consensus %2)</source>
        <translation>相對共識：%1（共識 %2）</translation>
    </message>
    <message>
        <source>vs consensus: %1 (as printed; no consensus figure in the notes)</source>
        <translation>相對共識：%1（報告所載；報告中無共識數字）</translation>
    </message>
    <message>
        <source>vs consensus: no consensus in the notes</source>
        <translation>相對共識：報告中無共識數字</translation>
    </message>
    <message>
        <source>Capex intensity: %1 of revenue (%2)</source>
        <translation>資本支出強度：占營收 %1（%2）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>附註：%1</translation>
    </message>
    <message>
        <source>Quarterly capex by calendar quarter (US$ mn)</source>
        <translation>各日曆季度資本支出（百萬美元）</translation>
    </message>
    <message>
        <source>No capex figures for the companies shown.</source>
        <translation>所顯示的公司沒有資本支出數字。</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>日曆</translation>
    </message>
    <message>
        <source>fiscal</source>
        <translation>會計</translation>
    </message>
    <message>
        <source>Annual capex by %1 year (US$ mn)</source>
        <translation>依%1年度的年度資本支出（百萬美元）</translation>
    </message>
    <message>
        <source>No %1 year has four reported quarters in the notes, so there are no annual totals to draw.</source>
        <translation>報告中沒有任何%1年度具備四個已公布季度，因此沒有年度合計可繪製。</translation>
    </message>
    <message>
        <source>The notes give no annual capex outlook for the companies shown.</source>
        <translation>報告中沒有所顯示公司的年度資本支出展望。</translation>
    </message>
    <message>
        <source>%1 %2 outlook: about US$%3bn (%4 US$ mn)</source>
        <translation>%1 %2 展望：約 %3 十億美元（%4 百萬美元）</translation>
    </message>
    <message>
        <source>, %1 above consensus (as printed)</source>
        <translation>，高於共識 %1（報告所載）</translation>
    </message>
    <message>
        <source>Capex: %1 US$ mn, sum of four reported quarters</source>
        <translation>資本支出：%1 百萬美元，四個已公布季度合計</translation>
    </message>
    <message>
        <source>YoY: %1 (computed)</source>
        <translation>年增率：%1（計算值）</translation>
    </message>
</context>
<context>
    <name>CapexDerivation</name>
    <message>
        <source>%1 (%2 actual) / (1 + %3% YoY)</source>
        <translation>%1（%2 實際值）/（1 + 年增率 %3%）</translation>
    </message>
    <message>
        <source>%1 (%2 guidance) / (1 + %3% YoY)</source>
        <translation>%1（%2 財測）/（1 + 年增率 %3%）</translation>
    </message>
</context>
<context>
    <name>CapexExport</name>
    <message>
        <source>date not printed</source>
        <translation>報告未載日期</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Sources: %1 — exported %2 with CSP Desk</source>
        <translation>資料來源：%1 — %2 由 CSP Desk 匯出</translation>
    </message>
    <message>
        <source>Choose a .png or .svg file name, not %1.</source>
        <translation>請選擇 .png 或 .svg 檔名，而非 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>CSP Desk capex chart</source>
        <translation>CSP Desk 資本支出圖</translation>
    </message>
</context>
<context>
    <name>CapexModel</name>
    <message>
        <source>Derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>財測</translation>
    </message>
    <message>
        <source>Note&apos;s text</source>
        <translation>報告內文</translation>
    </message>
    <message>
        <source>Sum of 4 quarters</source>
        <translation>四季合計</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>展望</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已公布</translation>
    </message>
    <message>
        <source>Not printed: computed from a printed YoY and marked derived</source>
        <translation>報告未載：由報告所載年增率計算，並標示為推算值</translation>
    </message>
    <message>
        <source>Company guidance for a quarter with no actual yet</source>
        <translation>尚無實際值之季度的公司財測</translation>
    </message>
    <message>
        <source>Stated in the text of the note, not in a table</source>
        <translation>見於報告內文，而非表格</translation>
    </message>
    <message>
        <source>Four reported quarters added up</source>
        <translation>四個已公布季度相加</translation>
    </message>
    <message>
        <source>The annual outlook as the note states it</source>
        <translation>報告所述的年度展望</translation>
    </message>
    <message>
        <source>Printed in the note&apos;s scorecard table</source>
        <translation>載於報告的財報記分卡表格</translation>
    </message>
    <message>
        <source>No prior-year figure to compare with</source>
        <translation>沒有去年同期數字可供比較</translation>
    </message>
    <message>
        <source>As printed in the note</source>
        <translation>報告所載</translation>
    </message>
    <message>
        <source>Computed against the prior year&apos;s figure</source>
        <translation>相對去年同期數字計算</translation>
    </message>
    <message>
        <source>Computed: %1 / consensus - 1</source>
        <translation>計算值：%1 / 共識 - 1</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>財測</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>報告所載：%1</translation>
    </message>
    <message>
        <source> (printed %1)</source>
        <translation>（報告所載 %1）</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Calendar quarter</source>
        <translation>日曆季度</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Fiscal</source>
        <translation>會計季度</translation>
    </message>
    <message>
        <source>The company&apos;s fiscal quarter, where its year is not the calendar one</source>
        <translation>公司的會計季度（會計年度與日曆年度不同時）</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>資本支出</translation>
    </message>
    <message>
        <source>US$ mn: the bar&apos;s height</source>
        <translation>百萬美元：長條的高度</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依據</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>市場共識</translation>
    </message>
    <message>
        <source>US$ mn; the black mark on the bar</source>
        <translation>百萬美元；長條上的黑色標記</translation>
    </message>
    <message>
        <source>vs Cons.</source>
        <translation>相對共識</translation>
    </message>
    <message>
        <source>Capex vs consensus, %</source>
        <translation>資本支出相對共識，%</translation>
    </message>
    <message>
        <source>YoY</source>
        <translation>年增率</translation>
    </message>
    <message>
        <source>Year on year, % (the line on the right-hand axis)</source>
        <translation>年增率，%（右側座標軸的折線）</translation>
    </message>
    <message>
        <source>QoQ</source>
        <translation>季增率</translation>
    </message>
    <message>
        <source>Quarter on quarter, %: computed against the prior quarter&apos;s actual where there is one, else as printed</source>
        <translation>季增率，%：有上一季實際值時據以計算，否則採報告所載</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>US$ mn: the actual, or the guidance for a guided quarter</source>
        <translation>百萬美元：實際值，財測季度則為財測</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>強度</translation>
    </message>
    <message>
        <source>Capex / revenue, %</source>
        <translation>資本支出 / 營收，%</translation>
    </message>
    <message>
        <source>How derived</source>
        <translation>推算方式</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Outlook vs Cons.</source>
        <translation>展望相對共識</translation>
    </message>
    <message>
        <source>The outlook vs consensus, as printed</source>
        <translation>展望相對共識（報告所載）</translation>
    </message>
    <message>
        <source>Computed against the prior year&apos;s total</source>
        <translation>相對去年全年合計計算</translation>
    </message>
</context>
<context>
    <name>CapexTab</name>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>檢視：</translation>
    </message>
    <message>
        <source>&amp;Quarterly</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <source>Capex per calendar quarter</source>
        <translation>各日曆季度的資本支出</translation>
    </message>
    <message>
        <source>&amp;Annual</source>
        <translation>年度(&amp;A)</translation>
    </message>
    <message>
        <source>Totals of years with four reported quarters, and the annual outlooks of the notes</source>
        <translation>具備四個已公布季度之年度的合計，以及報告中的年度展望</translation>
    </message>
    <message>
        <source>Calendar years</source>
        <translation>日曆年度</translation>
    </message>
    <message>
        <source>Fiscal years</source>
        <translation>會計年度</translation>
    </message>
    <message>
        <source>Annual view: add up calendar or fiscal years</source>
        <translation>年度檢視：依日曆年度或會計年度加總</translation>
    </message>
    <message>
        <source>Capex &amp;intensity</source>
        <translation>資本支出強度(&amp;I)</translation>
    </message>
    <message>
        <source>Show the capex / revenue chart under the bars (it steps aside when the chart is too low; the table keeps the column)</source>
        <translation>在長條圖下方顯示資本支出／營收圖（圖表高度不足時暫不顯示；表格仍保留該欄）</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>匯出圖表…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG or SVG image</source>
        <translation>將圖表存成 PNG 或 SVG 圖檔</translation>
    </message>
    <message>
        <source>US$ mn. Solid: reported, or stated in the note&apos;s text. Hatched: company guidance or an annual outlook. Pale with a dashed outline: derived from a printed YoY, not printed itself. Hover a bar for its source; Ctrl+C copies the selected rows as tab-separated text.</source>
        <translation>百萬美元。實心：公司公布，或見於報告內文。斜線：公司財測或年度展望。淺色虛線框：由報告所載年增率推算，報告本身未載。將滑鼠移到長條上可查看資料來源；Ctrl+C 會以 Tab 分隔文字複製所選列。</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>What the notes say about capex</source>
        <translation>報告中關於資本支出的說法</translation>
    </message>
    <message>
        <source>%1 (no figures)</source>
        <translation>%1（無數字）</translation>
    </message>
    <message>
        <source>Show or hide %1 in the chart and the table</source>
        <translation>在圖表與表格中顯示或隱藏 %1</translation>
    </message>
    <message>
        <source>The notes give no capex figure for %1: nothing to draw, and no zero is drawn in its place.</source>
        <translation>報告中沒有 %1 的資本支出數字：不繪製任何內容，也不會以零代替。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖檔 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 圖檔 (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>圖表已匯出至 %1</translation>
    </message>
</context>
<context>
    <name>ChangeLogPage</name>
    <message>
        <source>Append-only: every reorder, rationale edit, snapshot and coverage change is recorded with its time, and undoing one adds a record instead of removing one.</source>
        <translation>只增不刪：每次調整排序、編輯理由、建立快照與變更追蹤名單都會連同時間記錄下來；復原某項變更會新增一筆紀錄，而不是刪除紀錄。</translation>
    </message>
</context>
<context>
    <name>ChangeLogText</name>
    <message>
        <source>actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>市場共識</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>財測</translation>
    </message>
    <message>
        <source>cloud read</source>
        <translation>雲端解讀</translation>
    </message>
    <message>
        <source>capex</source>
        <translation>資本支出</translation>
    </message>
    <message>
        <source>depreciation</source>
        <translation>折舊</translation>
    </message>
    <message>
        <source>results</source>
        <translation>財報結果</translation>
    </message>
    <message>
        <source>ads</source>
        <translation>廣告</translation>
    </message>
    <message>
        <source>e-commerce</source>
        <translation>電商</translation>
    </message>
    <message>
        <source>thesis</source>
        <translation>投資論點</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>風險</translation>
    </message>
    <message>
        <source>call</source>
        <translation>法說會</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3</source>
        <translation>將 %1 從第 %2 名移到第 %3 名</translation>
    </message>
    <message>
        <source>Ranking: %1</source>
        <translation>排名：%1</translation>
    </message>
    <message>
        <source>Rationale of %1 edited</source>
        <translation>已編輯 %1 的理由</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Restored snapshot “%1”</source>
        <translation>已還原快照「%1」</translation>
    </message>
    <message>
        <source>Snapshot “%1”: %2</source>
        <translation>快照「%1」：%2</translation>
    </message>
    <message>
        <source>Removed snapshot “%1”</source>
        <translation>已移除快照「%1」</translation>
    </message>
    <message>
        <source>Added %1 (%2) to the coverage</source>
        <translation>已將 %1（%2）加入追蹤名單</translation>
    </message>
    <message>
        <source>Removed %1 from the coverage</source>
        <translation>已將 %1 移出追蹤名單</translation>
    </message>
    <message>
        <source>%1 share price record removed (undo)</source>
        <translation>已移除 %1 的股價紀錄（復原）</translation>
    </message>
    <message>
        <source>%1 target price record removed (undo)</source>
        <translation>已移除 %1 的目標價紀錄（復原）</translation>
    </message>
    <message>
        <source>%1 share price %2 as of %3</source>
        <translation>%1 股價 %2（截至 %3）</translation>
    </message>
    <message>
        <source>%1 target price %2 (%4) as of %3</source>
        <translation>%1 目標價 %2（%4，截至 %3）</translation>
    </message>
    <message>
        <source>%1 target price %2 as of %3</source>
        <translation>%1 目標價 %2（截至 %3）</translation>
    </message>
    <message>
        <source>Note %1 removed (undo)</source>
        <translation>已移除報告 %1（復原）</translation>
    </message>
    <message>
        <source>Note %1 added: %2 %3 %4</source>
        <translation>已新增報告 %1：%2 %3 %4</translation>
    </message>
    <message>
        <source>%1 scorecard figure changed (%2)</source>
        <translation>變更 %1 個記分卡數字（%2）</translation>
    </message>
    <message>
        <source>Pasted block: %1 scorecard figure (%2)</source>
        <translation>貼上的區塊：%1 個記分卡數字（%2）</translation>
    </message>
    <message>
        <source>Pasted block: %1 scorecard figures (%2)</source>
        <translation>貼上的區塊：%1 個記分卡數字（%2）</translation>
    </message>
    <message>
        <source>Undo of a pasted block: %1 scorecard figure put back (%2)</source>
        <translation>復原貼上的區塊：還原 %1 個記分卡數字（%2）</translation>
    </message>
    <message>
        <source>Undo of a pasted block: %1 scorecard figures put back (%2)</source>
        <translation>復原貼上的區塊：還原 %1 個記分卡數字（%2）</translation>
    </message>
    <message>
        <source>Imported workbook %3: %1 scorecard figure (%2)</source>
        <translation>匯入的活頁簿 %3：%1 個記分卡數字（%2）</translation>
    </message>
    <message>
        <source>Imported workbook %3: %1 scorecard figures (%2)</source>
        <translation>匯入的活頁簿 %3：%1 個記分卡數字（%2）</translation>
    </message>
    <message>
        <source>Undo of imported workbook %3: %1 scorecard figure put back (%2)</source>
        <translation>復原匯入的活頁簿 %3：還原 %1 個記分卡數字（%2）</translation>
    </message>
    <message>
        <source>Undo of imported workbook %3: %1 scorecard figures put back (%2)</source>
        <translation>復原匯入的活頁簿 %3：還原 %1 個記分卡數字（%2）</translation>
    </message>
    <message>
        <source>Command line: %1 scorecard figure set (%2)</source>
        <translation>命令列：設定 %1 個記分卡數字（%2）</translation>
    </message>
    <message>
        <source>Command line: %1 scorecard figures set (%2)</source>
        <translation>命令列：設定 %1 個記分卡數字（%2）</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4: %5 → %6</source>
        <translation>%1 %2 %3 %4：%5 → %6</translation>
    </message>
    <message>
        <source>%1 scorecard figures changed (%2)</source>
        <translation>變更 %1 個記分卡數字（%2）</translation>
    </message>
    <message>
        <source>%1 empty row removed</source>
        <translation>移除 %1 列空白列</translation>
    </message>
    <message>
        <source>%1 empty rows removed</source>
        <translation>移除 %1 列空白列</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1 %2: new quarter with %3 empty line</source>
        <translation>%1 %2：新增季度，含 %3 個空白項目</translation>
    </message>
    <message>
        <source>%1 %2: new quarter with %3 empty lines</source>
        <translation>%1 %2：新增季度，含 %3 個空白項目</translation>
    </message>
    <message>
        <source>%1 %2: removed the empty quarter</source>
        <translation>%1 %2：移除空白季度</translation>
    </message>
    <message>
        <source>%1: reordered the lines</source>
        <translation>%1：重新排列項目</translation>
    </message>
    <message>
        <source>%1: copied %2 line from %3</source>
        <translation>%1：從 %3 複製 %2 個項目</translation>
    </message>
    <message>
        <source>%1: copied %2 lines from %3</source>
        <translation>%1：從 %3 複製 %2 個項目</translation>
    </message>
    <message>
        <source>%1: added the line %2</source>
        <translation>%1：新增項目 %2</translation>
    </message>
    <message>
        <source>%1: removed the line %2 and its figures in %3 quarter</source>
        <translation>%1：移除項目 %2 及其 %3 個季度的數字</translation>
    </message>
    <message>
        <source>%1: removed the line %2 and its figures in %3 quarters</source>
        <translation>%1：移除項目 %2 及其 %3 個季度的數字</translation>
    </message>
    <message>
        <source>%1: removed the line %2</source>
        <translation>%1：移除項目 %2</translation>
    </message>
    <message>
        <source>%1: removed its %2 line</source>
        <translation>%1：移除其 %2 個項目</translation>
    </message>
    <message>
        <source>%1: removed its %2 lines</source>
        <translation>%1：移除其 %2 個項目</translation>
    </message>
    <message>
        <source>%1: changed the line %2 → %3</source>
        <translation>%1：變更項目 %2 → %3</translation>
    </message>
    <message>
        <source>%1: changed the line %2</source>
        <translation>%1：變更項目 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 forecast restored (undo)</source>
        <translation>%1 %2 %3 預估已還原（復原）</translation>
    </message>
    <message>
        <source>%1 %2 %3 forecast %4 → %5</source>
        <translation>%1 %2 %3 預估 %4 → %5</translation>
    </message>
    <message>
        <source>Statement %1 removed (undo)</source>
        <translation>陳述 %1 已移除（復原）</translation>
    </message>
    <message>
        <source>Statement %1 restored (undo)</source>
        <translation>陳述 %1 已還原（復原）</translation>
    </message>
    <message>
        <source>Statement %1 edited: %2</source>
        <translation>陳述 %1 已編輯：%2</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Statement added (%1, %2): %3</source>
        <translation>新增陳述（%1，%2）：%3</translation>
    </message>
    <message>
        <source>Statement added (%1, %2)</source>
        <translation>新增陳述（%1，%2）</translation>
    </message>
    <message>
        <source>Workspace created with %1 company (%2)</source>
        <translation>已建立工作區，含 %1 家公司（%2）</translation>
    </message>
    <message>
        <source>Workspace created with %1 companies (%2)</source>
        <translation>已建立工作區，含 %1 家公司（%2）</translation>
    </message>
    <message>
        <source>Team workspace created, copied from %1</source>
        <translation>已建立團隊工作區，複製自 %1</translation>
    </message>
    <message>
        <source>Team workspace created, seeded with the data set</source>
        <translation>已建立團隊工作區，以資料集填入</translation>
    </message>
    <message>
        <source>Workspace upgraded from format %1 to %2</source>
        <translation>工作區格式已從 %1 升級至 %2</translation>
    </message>
    <message>
        <source>Prices are stale after %1 day</source>
        <translation>股價超過 %1 天即視為過時</translation>
    </message>
    <message>
        <source>Prices are stale after %1 days</source>
        <translation>股價超過 %1 天即視為過時</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>Someone</source>
        <translation>某位使用者</translation>
    </message>
    <message>
        <source>%1 moved %2 to %3 at %4</source>
        <translation>%1 於 %4 將 %2 移到第 %3 名</translation>
    </message>
    <message>
        <source>%1 reordered the ranking (%2) at %3</source>
        <translation>%1 於 %3 重新排序排名（%2）</translation>
    </message>
    <message>
        <source>%1 changed %2&apos;s rationale at %3</source>
        <translation>%1 於 %3 變更了 %2 的理由</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 於 %2：%3</translation>
    </message>
    <message>
        <source>%1; and %2 more changes</source>
        <translation>%1；另有 %2 項變更</translation>
    </message>
    <message>
        <source>%1; and 1 more change</source>
        <translation>%1；另有 1 項變更</translation>
    </message>
</context>
<context>
    <name>ChartSlot</name>
    <message>
        <source>Loading the chart… It appears here in a moment: its drawing library is being loaded, once per session. The rest of the page can be used meanwhile.</source>
        <translation>正在載入圖表… 稍後即顯示於此：繪圖元件正在載入（每次開啟程式只需一次）。載入期間，本頁其他部分可照常使用。</translation>
    </message>
    <message>
        <source>The chart cannot be drawn: %1</source>
        <translation>無法繪製圖表：%1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the workspace file (the window creates it if missing), or a team workspace&apos;s database URL (postgresql://user@host:port/dbname, service=NAME); default: $CSP_DESK_WORKSPACE, else a file in the user data folder (see `csp-desk info`)</source>
        <translation>工作區檔案（若不存在，視窗會建立），或團隊工作區的資料庫 URL（postgresql://user@host:port/dbname、service=NAME）；預設：$CSP_DESK_WORKSPACE，否則為使用者資料夾中的檔案（見 `csp-desk info`）</translation>
    </message>
    <message>
        <source>CSP Desk: rank the cloud service providers, keep the scorecards and the capex picture. Without a command, opens the window.</source>
        <translation>CSP Desk：為雲端服務供應商排名，保存財報記分卡與資本支出全貌。未指定命令時開啟視窗。</translation>
    </message>
    <message>
        <source>show the program&apos;s version number and exit</source>
        <translation>顯示程式版本號碼後結束</translation>
    </message>
    <message>
        <source>the language of the window and of these messages: en or zh_TW (default: the OS locale; the window: View ▸ Language, else the OS locale)</source>
        <translation>視窗與這些訊息的語言：en 或 zh_TW（預設：作業系統的地區設定；視窗：檢視 ▸ 語言，否則為作業系統的地區設定）</translation>
    </message>
    <message>
        <source>open the window, quit as soon as it has been painted (smoke tests, benchmarks)</source>
        <translation>開啟視窗，在首次繪製完成後立即結束（冒煙測試、效能評測）</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1：錯誤：%2</translation>
    </message>
    <message>
        <source>%1 %2 holds bytes that are not UTF-8 text; nothing was done. Give it as UTF-8 (rename a file if needed).</source>
        <translation>%1 %2 含有非 UTF-8 文字的位元組；未執行任何動作。請以 UTF-8 提供（必要時請重新命名檔案）。</translation>
    </message>
    <message>
        <source>--quit-after-paint only applies to the window (no command)</source>
        <translation>--quit-after-paint 僅適用於視窗（不加指令）</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中斷</translation>
    </message>
    <message>
        <source>the workspace file or team workspace URL</source>
        <translation>工作區檔案或團隊工作區 URL</translation>
    </message>
    <message>
        <source>Created a new workspace at %1</source>
        <translation>已在 %1 建立新的工作區</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1未做任何變更。</translation>
    </message>
    <message>
        <source>%1 is not a covered company (covered: %2).</source>
        <translation>%1 不是追蹤的公司（追蹤：%2）。</translation>
    </message>
    <message>
        <source>entered by %1, %2</source>
        <translation>由 %1 於 %2 輸入</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was changed.</source>
        <translation>%1：%2。未做任何變更。</translation>
    </message>
    <message>
        <source>%1 must be above zero, not %2. Nothing was changed.</source>
        <translation>%1 必須大於零，而非 %2。未做任何變更。</translation>
    </message>
    <message>
        <source>--date must look like 2025-08-01, not %1. Nothing was changed.</source>
        <translation>--date 格式須如 2025-08-01，而非 %1。未做任何變更。</translation>
    </message>
    <message>
        <source>--date %1 is in the future. Nothing was changed.</source>
        <translation>--date %1 是未來的日期。未做任何變更。</translation>
    </message>
    <message>
        <source>Unknown ticker %1 (known: %2). Nothing was changed.</source>
        <translation>未知的股票代號 %1（已知：%2）。未做任何變更。</translation>
    </message>
    <message>
        <source>No note %1 in the workspace (see `csp-desk note list`). Nothing was changed.</source>
        <translation>工作區中沒有報告 %1（請見 `csp-desk note list`）。未做任何變更。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>when thinning, keep the newest N backups (default 10) besides one a day for 14 days and one a week for 8 weeks</source>
        <translation>精簡備份時，除了 14 天內每天一份、8 週內每週一份之外，保留最新的 N 份備份（預設 10）</translation>
    </message>
    <message>
        <source>back up the workspace now and print where the copy is</source>
        <translation>立即備份工作區並顯示備份位置</translation>
    </message>
    <message>
        <source>Write a complete copy of the workspace (SQLite backup API) to the backups folder beside it and print its path. Older backups are thinned: the last 10, one a day for 14 days, one a week for 8 weeks. The copy is verified (integrity_check) before it is kept; a damaged workspace is refused.</source>
        <translation>將工作區的完整複本（SQLite 備份 API）寫入其旁的備份資料夾並顯示路徑。較舊的備份會被精簡：保留最近 10 份、14 天內每天一份、8 週內每週一份。複本在保留前會經過驗證（integrity_check）；損壞的工作區會被拒絕。</translation>
    </message>
    <message>
        <source>check the workspace file for damage (SQLite integrity_check)</source>
        <translation>檢查工作區檔案是否損毀（SQLite integrity_check）</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity check on the workspace. Prints ok (exit 0) or the problems found (exit 1). The file is only read. For a team workspace (a database URL): the server-side check (schema version, every row read back).</source>
        <translation>對工作區執行 SQLite 完整性檢查。顯示正常（結束代碼 0）或發現的問題（結束代碼 1）。檔案只會被讀取。團隊工作區（資料庫 URL）：執行伺服器端檢查（結構版本、逐列讀回）。</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>the covered companies (the default)</source>
        <translation>追蹤的公司（預設）</translation>
    </message>
    <message>
        <source>cover a new company</source>
        <translation>追蹤一家新公司</translation>
    </message>
    <message>
        <source>Cover a new company; it joins the bottom of the ranking.</source>
        <translation>追蹤一家新公司；它會加入排名的最後。</translation>
    </message>
    <message>
        <source>the ticker: letters, digits, . and -, at most 12</source>
        <translation>股票代號：字母、數字、. 與 -，最多 12 個字元</translation>
    </message>
    <message>
        <source>English name, e.g. Oracle</source>
        <translation>英文名稱，例如 Oracle</translation>
    </message>
    <message>
        <source>the month its fiscal year ends, 1-12 (Oracle: 5)</source>
        <translation>會計年度結束的月份，1-12（Oracle：5）</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <source>its cloud segment, e.g. Oracle Cloud Infrastructure</source>
        <translation>其雲端部門，例如 Oracle Cloud Infrastructure</translation>
    </message>
    <message>
        <source>list the covered companies, or add one</source>
        <translation>列出追蹤的公司，或新增一家</translation>
    </message>
    <message>
        <source>List the covered companies (ticker, names, fiscal year end, lines, quarters) or cover a new one.</source>
        <translation>列出追蹤的公司（股票代號、名稱、會計年度結束月、項目、季度），或追蹤一家新公司。</translation>
    </message>
    <message>
        <source>the workbook, or with --table one table, to write (replaced only once it is complete)</source>
        <translation>要寫入的活頁簿，或搭配 --table 寫入的單一資料表（完成後才會取代原檔）</translation>
    </message>
    <message>
        <source>write this table of the data API as CSV or parquet: %1</source>
        <translation>將資料 API 的此資料表寫成 CSV 或 parquet：%1</translation>
    </message>
    <message>
        <source>the language of the sheet names, headers and labels (default en); the import reads a workbook in either</source>
        <translation>工作表名稱、標題與標籤的語言（預設 en）；匯入可讀取任一語言的活頁簿</translation>
    </message>
    <message>
        <source>write the Excel summary workbook</source>
        <translation>寫入 Excel 摘要活頁簿</translation>
    </message>
    <message>
        <source>Write the Excel summary workbook (Summary, Scorecards, Capex, Forecasts &amp; targets, Supply chain, Ranking history, Sources) and print its path; with --table NAME and OUT.csv or OUT.parquet, write that table of the data API instead (the workspace is only read).</source>
        <translation>寫入 Excel 摘要活頁簿（摘要、記分卡、資本支出、預估與目標價、供應鏈、排名歷史、資料來源）並顯示路徑；搭配 --table NAME 與 OUT.csv 或 OUT.parquet 時，改為寫入資料 API 的該資料表（工作區只會被讀取）。</translation>
    </message>
    <message>
        <source>a workbook written by `csp-desk export` (or File &gt; Export to Excel…)</source>
        <translation>由 `csp-desk export`（或 檔案 &gt; 匯出至 Excel…）寫出的活頁簿</translation>
    </message>
    <message>
        <source>only print what would change; write nothing</source>
        <translation>只顯示將變更的內容；不寫入任何資料</translation>
    </message>
    <message>
        <source>read changed figures back from an exported Excel workbook</source>
        <translation>從匯出的 Excel 活頁簿讀回變更過的數字</translation>
    </message>
    <message>
        <source>Read the Scorecards sheet of a workbook written by `csp-desk export`, print every figure that differs from the workspace (old → new, with its cell) and apply them in one transaction. With --dry-run nothing is written.</source>
        <translation>讀取由 `csp-desk export` 寫出之活頁簿的記分卡工作表，顯示每個與工作區不同的數字（舊 → 新，附儲存格），並在單一交易中套用。搭配 --dry-run 時不寫入任何資料。</translation>
    </message>
    <message>
        <source>show where the workspace, data set and resources are</source>
        <translation>顯示工作區、資料集與資源的位置</translation>
    </message>
    <message>
        <source>a covered company&apos;s ticker, e.g. MSFT</source>
        <translation>追蹤的公司的股票代號，例如 MSFT</translation>
    </message>
    <message>
        <source>a company&apos;s lines in order</source>
        <translation>依序列出公司的項目</translation>
    </message>
    <message>
        <source>add a line to a company&apos;s scorecard</source>
        <translation>在公司的記分卡新增項目</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _, e.g. cloud_revenue</source>
        <translation>小寫字母、數字與 _，例如 cloud_revenue</translation>
    </message>
    <message>
        <source>the line&apos;s English label, e.g. Cloud revenue</source>
        <translation>項目的英文標籤，例如 Cloud revenue</translation>
    </message>
    <message>
        <source>amount, rate or per-share</source>
        <translation>amount（金額）、rate（比率）或 per-share（每股）</translation>
    </message>
    <message>
        <source>higher, lower or neutral</source>
        <translation>higher（越高越好）、lower（越低越好）或 neutral（中性）</translation>
    </message>
    <message>
        <source>the section it is shown under</source>
        <translation>顯示所在的區段</translation>
    </message>
    <message>
        <source>only where not US$mn / US$ / %%</source>
        <translation>僅在不是 US$mn / US$ / %% 時填寫</translation>
    </message>
    <message>
        <source>Chinese label</source>
        <translation>中文標籤</translation>
    </message>
    <message>
        <source>list or add a company&apos;s scorecard lines</source>
        <translation>列出或新增公司的財報記分卡項目</translation>
    </message>
    <message>
        <source>List a company&apos;s scorecard lines (key, label, section, kind, polarity, unit) or add one.</source>
        <translation>列出公司的記分卡項目（代碼、標籤、區段、類型、方向、單位），或新增一個。</translation>
    </message>
    <message>
        <source>every note with what cites it (the default)</source>
        <translation>每份報告及引用它的內容（預設）</translation>
    </message>
    <message>
        <source>record a new note; prints its id</source>
        <translation>記錄一份新報告；顯示其編號</translation>
    </message>
    <message>
        <source>Record a research note. Prints the new note&apos;s id.</source>
        <translation>記錄一份研究報告。顯示新報告的編號。</translation>
    </message>
    <message>
        <source>the broker that published it, e.g. Morgan Stanley</source>
        <translation>發布報告的券商，例如 Morgan Stanley</translation>
    </message>
    <message>
        <source>the note&apos;s date</source>
        <translation>報告日期</translation>
    </message>
    <message>
        <source>the note&apos;s title</source>
        <translation>報告標題</translation>
    </message>
    <message>
        <source>the analyst who wrote it</source>
        <translation>撰寫報告的分析師</translation>
    </message>
    <message>
        <source>the note&apos;s file (e.g. its PDF), stored inside the workspace</source>
        <translation>報告檔案（例如 PDF），存放於工作區內</translation>
    </message>
    <message>
        <source>list research notes, or record one (prints its id)</source>
        <translation>列出研究報告，或記錄一份（顯示其代號）</translation>
    </message>
    <message>
        <source>List the research notes with what cites them, or record a new note.</source>
        <translation>列出研究報告及引用它們的內容，或記錄一份新報告。</translation>
    </message>
    <message>
        <source>record a share price with its date</source>
        <translation>記錄股價及其日期</translation>
    </message>
    <message>
        <source>Record a share price (US$) with the date it is as of. Upside everywhere uses the latest price.</source>
        <translation>記錄股價（US$）及其基準日期。各處的上漲空間皆使用最新股價。</translation>
    </message>
    <message>
        <source>the share price in US$, above zero</source>
        <translation>股價（US$），須大於零</translation>
    </message>
    <message>
        <source>the price&apos;s as-of date</source>
        <translation>股價的基準日期</translation>
    </message>
    <message>
        <source>the note that gives it</source>
        <translation>提供此數字的報告</translation>
    </message>
    <message>
        <source>print the price history (the default)</source>
        <translation>顯示股價歷史（預設）</translation>
    </message>
    <message>
        <source>only this company (default: every company)</source>
        <translation>僅此公司（預設：所有公司）</translation>
    </message>
    <message>
        <source>record a dated share price, or list the price history</source>
        <translation>記錄附日期的股價，或列出股價歷史</translation>
    </message>
    <message>
        <source>Record a share price with its as-of date, or list the price history.</source>
        <translation>記錄股價及其基準日期，或列出股價歷史。</translation>
    </message>
    <message>
        <source>print the current order (the default)</source>
        <translation>顯示目前的排序（預設）</translation>
    </message>
    <message>
        <source>set the order: every covered ticker once, most preferred first</source>
        <translation>設定排序：每個追蹤中的股票代號各一次，最偏好者在前</translation>
    </message>
    <message>
        <source>Set the order. Give every covered ticker exactly once, most preferred first; anything else exits with status 2 and changes nothing. Rationales stay with their names.</source>
        <translation>設定排序。每個追蹤中的股票代號恰好給一次，最偏好者在前；否則以狀態 2 結束且不做任何變更。理由會跟著各自的公司。</translation>
    </message>
    <message>
        <source>every covered ticker once, most preferred first</source>
        <translation>每個追蹤中的股票代號各一次，最偏好者在前</translation>
    </message>
    <message>
        <source>why: kept in the change log</source>
        <translation>原因：保留在變更紀錄中</translation>
    </message>
    <message>
        <source>save the current order as a dated snapshot</source>
        <translation>將目前的排序存為有日期的快照</translation>
    </message>
    <message>
        <source>the snapshot&apos;s label, e.g. &quot;3Q25 review&quot;</source>
        <translation>快照的標籤，例如 &quot;3Q25 review&quot;</translation>
    </message>
    <message>
        <source>the snapshot&apos;s note</source>
        <translation>快照的備註</translation>
    </message>
    <message>
        <source>the snapshot&apos;s date (default: today)</source>
        <translation>快照日期（預設：今天）</translation>
    </message>
    <message>
        <source>print, set or snapshot the preference order</source>
        <translation>顯示、設定偏好順序或建立其快照</translation>
    </message>
    <message>
        <source>Print the current preference order (rank, ticker, name), set it, or save a snapshot.</source>
        <translation>顯示目前的偏好排序（名次、股票代號、名稱）、設定排序，或儲存快照。</translation>
    </message>
    <message>
        <source>fiscal (F2Q26) or calendar (4Q25) quarter</source>
        <translation>會計季度（F2Q26）或日曆季度（4Q25）</translation>
    </message>
    <message>
        <source>a company&apos;s quarter: figures and computed diffs</source>
        <translation>公司某一季：數字與計算出的差異</translation>
    </message>
    <message>
        <source>set a line&apos;s actual, consensus or guidance</source>
        <translation>設定項目的實際值、市場共識或財測</translation>
    </message>
    <message>
        <source>the line key (see `csp-desk line list TICKER`)</source>
        <translation>項目代碼（請見 `csp-desk line list TICKER`）</translation>
    </message>
    <message>
        <source>a number as typed in the grid; an empty value clears it</source>
        <translation>與在表格中輸入相同的數字；空值會清除它</translation>
    </message>
    <message>
        <source>the note that gives the figures</source>
        <translation>提供這些數字的報告</translation>
    </message>
    <message>
        <source>figure, table or page within the note (&quot;Figure 3&quot;, &quot;p. 2&quot;); needs --source</source>
        <translation>報告中的圖、表或頁（&quot;Figure 3&quot;、&quot;p. 2&quot;）；需搭配 --source</translation>
    </message>
    <message>
        <source>show a company&apos;s quarter, or set its figures</source>
        <translation>顯示公司某一季，或設定其數字</translation>
    </message>
    <message>
        <source>Show a company&apos;s scorecard for a quarter (figures and computed diffs, as in the window) or set a line&apos;s actual, consensus or guidance.</source>
        <translation>顯示公司某一季的記分卡（數字與計算出的差異，與視窗相同），或設定項目的實際值、市場共識或財測。</translation>
    </message>
    <message>
        <source>record a target price (and rating) with its date</source>
        <translation>記錄目標價（及評等）及其日期</translation>
    </message>
    <message>
        <source>Record a target price with its date, optionally the rating and the note that gives them.</source>
        <translation>記錄目標價及其日期，可另附評等及提供它們的報告。</translation>
    </message>
    <message>
        <source>the target price in US$, above zero</source>
        <translation>目標價（US$），須大於零</translation>
    </message>
    <message>
        <source>the date the target was set</source>
        <translation>設定目標價的日期</translation>
    </message>
    <message>
        <source>e.g. OP, Buy, Neutral</source>
        <translation>例如 OP、Buy、Neutral</translation>
    </message>
    <message>
        <source>print the rating and target history (the default)</source>
        <translation>顯示評等與目標價歷史（預設）</translation>
    </message>
    <message>
        <source>record a dated target price and rating, or list the history</source>
        <translation>記錄附日期的目標價與評等，或列出歷史</translation>
    </message>
    <message>
        <source>Record a target price (and rating) with its date, or list the history.</source>
        <translation>記錄目標價（及評等）及其日期，或列出歷史。</translation>
    </message>
    <message>
        <source>show the newest N changes (default 20; 0 shows all)</source>
        <translation>顯示最新的 N 筆變更（預設 20；0 顯示全部）</translation>
    </message>
    <message>
        <source>show the change log: time, author, summary (newest first)</source>
        <translation>顯示變更紀錄：時間、作者、摘要（最新在前）</translation>
    </message>
    <message>
        <source>Show the workspace&apos;s change log, newest first: when (UTC), who, what.</source>
        <translation>顯示工作區的變更紀錄，最新的在前：時間（UTC）、人員、內容。</translation>
    </message>
    <message>
        <source>the PDF to write (replaced only once it is complete)</source>
        <translation>要寫入的 PDF（完成後才會取代原檔）</translation>
    </message>
    <message>
        <source>the snapshot to compare with (its label or id); default: the newest</source>
        <translation>要比較的快照（標籤或編號）；預設：最新的</translation>
    </message>
    <message>
        <source>paper size of the two landscape pages (default A4)</source>
        <translation>兩頁橫向頁面的紙張大小（預設 A4）</translation>
    </message>
    <message>
        <source>write the PDF tear sheet</source>
        <translation>寫出 PDF 摘要報告</translation>
    </message>
    <message>
        <source>Write the PDF tear sheet (two landscape pages: preference order, what changed since a snapshot, the capex chart, the latest scorecard highlights) and print its path.</source>
        <translation>寫入 PDF 摘要報告（兩頁橫向：偏好排序、自某快照以來的變化、資本支出圖、最新記分卡重點）並顯示路徑。</translation>
    </message>
    <message>
        <source>create the team workspace in an empty database</source>
        <translation>在空的資料庫中建立團隊工作區</translation>
    </message>
    <message>
        <source>Create the schema in an EMPTY PostgreSQL database and fill it from a local workspace (--from) or the data set.</source>
        <translation>在「空的」PostgreSQL 資料庫中建立結構，並從本機工作區（--from）或資料集填入資料。</translation>
    </message>
    <message>
        <source>the database: postgresql://user@host:port/dbname or service=NAME</source>
        <translation>資料庫：postgresql://user@host:port/dbname 或 service=NAME</translation>
    </message>
    <message>
        <source>a local workspace file to copy (default: the data set)</source>
        <translation>要複製的本機工作區檔案（預設：資料集）</translation>
    </message>
    <message>
        <source>set up a team workspace on a PostgreSQL server (team init URL [--from PATH])</source>
        <translation>在 PostgreSQL 伺服器上建立團隊工作區（team init URL [--from PATH]）</translation>
    </message>
    <message>
        <source>Team workspaces on PostgreSQL. `team init URL [--from PATH]` creates one in an empty database, seeded from a local workspace file or the data set.</source>
        <translation>PostgreSQL 上的團隊工作區。`team init URL [--from PATH]` 會在空的資料庫中建立一個，並以本機工作區檔案或資料集填入。</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>This copy of CSP Desk has no data API (%1): `export --table` needs CSP Desk installed with Python and pandas (pip install csp-desk). Write the workbook (export OUT.xlsx) instead; nothing was written.</source>
        <translation>此版本的 CSP Desk 沒有資料 API（%1）：`export --table` 需要以 Python 與 pandas 安裝的 CSP Desk（pip install csp-desk）。請改為寫入活頁簿（export OUT.xlsx）；未寫入任何資料。</translation>
    </message>
    <message>
        <source>Writing parquet needs the pyarrow package, which is not installed (pip install pyarrow). Write a .csv file instead; nothing was written.</source>
        <translation>寫入 parquet 需要 pyarrow 套件，但尚未安裝（pip install pyarrow）。請改為寫入 .csv 檔；未寫入任何資料。</translation>
    </message>
    <message>
        <source>The data API reads workspace files; a team workspace on a server is not supported by `export --table` yet. Write the workbook (export OUT.xlsx --workspace URL) instead; nothing was written.</source>
        <translation>資料 API 讀取的是工作區檔案；`export --table` 尚不支援伺服器上的團隊工作區。請改為寫入活頁簿（export OUT.xlsx --workspace URL）；未寫入任何資料。</translation>
    </message>
    <message>
        <source>There is no workspace at %1; nothing was written.</source>
        <translation>%1 沒有工作區；未寫入任何資料。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Nothing was written.</source>
        <translation>無法寫入 %1：它是資料夾。未寫入任何資料。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written.</source>
        <translation>無法寫入 %1：%2。未寫入任何資料。</translation>
    </message>
    <message>
        <source>Backups are made of a workspace file; %1 is a team workspace on a server: back it up with the server&apos;s tools (pg_dump). Nothing was backed up.</source>
        <translation>備份的對象是工作區檔案；%1 是伺服器上的團隊工作區：請以伺服器的工具（pg_dump）備份。未備份任何資料。</translation>
    </message>
    <message>
        <source>--keep-last must be at least 1.</source>
        <translation>--keep-last 至少須為 1。</translation>
    </message>
    <message>
        <source>%1 Nothing was backed up.</source>
        <translation>%1 未備份任何資料。</translation>
    </message>
    <message>
        <source>There is no workspace at %1; nothing to back up.</source>
        <translation>%1 沒有工作區；沒有可備份的資料。</translation>
    </message>
    <message>
        <source>No backup was made: the workspace seems damaged (%1). Run `csp-desk check` for details.</source>
        <translation>未進行備份：工作區似乎已損壞（%1）。請執行 `csp-desk check` 查看詳情。</translation>
    </message>
    <message>
        <source>No backup was made: %1 (%2).</source>
        <translation>未進行備份：%1（%2）。</translation>
    </message>
    <message>
        <source>There is no workspace file at %1.</source>
        <translation>%1 沒有工作區檔案。</translation>
    </message>
    <message>
        <source>ok  %1</source>
        <translation>正常  %1</translation>
    </message>
    <message>
        <source>DAMAGED  %1</source>
        <translation>已損壞  %1</translation>
    </message>
    <message>
        <source>  %1</source>
        <translation>  %1</translation>
    </message>
    <message>
        <source>%1 backup(s) in %2; the newest is %3. Open the workspace in the window to restore it.</source>
        <translation>%2 中有 %1 份備份；最新的是 %3。請在視窗中開啟工作區以還原。</translation>
    </message>
    <message>
        <source>No backups found in %1.</source>
        <translation>%1 中找不到備份。</translation>
    </message>
    <message>
        <source>PROBLEMS  %1</source>
        <translation>有問題  %1</translation>
    </message>
    <message>
        <source>--fy-end must be a month number 1-12, not %1.</source>
        <translation>--fy-end 必須是 1-12 的月份數字，而非 %1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1  %2  FY ends month %3, cloud: %6; %4, %5</source>
        <translation>%1  %2  會計年度結束於 %3 月，雲端：%6；%4、%5</translation>
    </message>
    <message>
        <source>%1  %2  FY ends month %3; %4, %5</source>
        <translation>%1  %2  會計年度結束於 %3 月；%4、%5</translation>
    </message>
    <message>
        <source>%1 line</source>
        <translation>%1 個項目</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 個項目</translation>
    </message>
    <message>
        <source>%1 quarter</source>
        <translation>%1 個季度</translation>
    </message>
    <message>
        <source>%1 quarters</source>
        <translation>%1 個季度</translation>
    </message>
    <message>
        <source>%1 is not a ticker (letters, digits, . and -, at most 12).</source>
        <translation>%1 不是股票代號（字母、數字、. 與 -，最多 12 個字元）。</translation>
    </message>
    <message>
        <source>--name must not be empty.</source>
        <translation>--name 不可為空白。</translation>
    </message>
    <message>
        <source>%1 is already covered.</source>
        <translation>%1 已在追蹤中。</translation>
    </message>
    <message>
        <source>Added %1 (%2), fiscal year ending in month %3, at the bottom of the ranking.</source>
        <translation>已新增 %1（%2），會計年度結束於 %3 月，置於排名最後。</translation>
    </message>
    <message>
        <source>%1: the file&apos;s name must end in .xlsx (the workbook), .csv or .parquet (one table, with --table)</source>
        <translation>%1：檔名必須以 .xlsx（活頁簿）、.csv 或 .parquet（單一資料表，搭配 --table）結尾</translation>
    </message>
    <message>
        <source>Writing %1 needs --table NAME (%2).</source>
        <translation>寫入 %1 需要 --table NAME（%2）。</translation>
    </message>
    <message>
        <source>--table writes a .csv or .parquet file, not a workbook.</source>
        <translation>--table 寫入的是 .csv 或 .parquet 檔，而非活頁簿。</translation>
    </message>
    <message>
        <source>Could not export: the workspace seems damaged (%1). Run `csp-desk check` for details. No workbook was written.</source>
        <translation>無法匯出：工作區似乎已損壞（%1）。請執行 `csp-desk check` 查看詳情。未寫入活頁簿。</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1：檔案不存在。</translation>
    </message>
    <message>
        <source>%1  %2: %3 → %4</source>
        <translation>%1  %2：%3 → %4</translation>
    </message>
    <message>
        <source>Creates %1</source>
        <translation>將建立 %1</translation>
    </message>
    <message>
        <source>No changes: the %1 rows of %2 match the workspace.</source>
        <translation>沒有變更：%2 的 %1 列與工作區一致。</translation>
    </message>
    <message>
        <source>1 figure would change (dry run: nothing was written).</source>
        <translation>將變更 1 個數字（試執行：未寫入任何資料）。</translation>
    </message>
    <message>
        <source>%1 figures would change (dry run: nothing was written).</source>
        <translation>將變更 %1 個數字（試執行：未寫入任何資料）。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未匯入任何資料：%1</translation>
    </message>
    <message>
        <source>Imported 1 figure into %1 in one change.</source>
        <translation>已以一次變更將 1 個數字匯入 %1。</translation>
    </message>
    <message>
        <source>Imported %2 figures into %1 in one change.</source>
        <translation>已以一次變更將 %2 個數字匯入 %1。</translation>
    </message>
    <message>
        <source>(missing: %1)</source>
        <translation>（缺少：%1）</translation>
    </message>
    <message>
        <source>%1 (a team workspace on a PostgreSQL server)</source>
        <translation>%1（PostgreSQL 伺服器上的團隊工作區）</translation>
    </message>
    <message>
        <source>%1 (exists)</source>
        <translation>%1（已存在）</translation>
    </message>
    <message>
        <source>%1 (not created yet)</source>
        <translation>%1（尚未建立）</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>工作區</translation>
    </message>
    <message>
        <source>data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>資源</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 has no scorecard lines yet.</source>
        <translation>%1 尚無記分卡項目。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1  %2  %3  [%4] %5, %6, %7</source>
        <translation>%1  %2  %3  [%4] %5、%6、%7</translation>
    </message>
    <message>
        <source>--kind must be amount, rate or per-share, not %1.</source>
        <translation>--kind 必須是 amount、rate 或 per-share，而非 %1。</translation>
    </message>
    <message>
        <source>%1 already has a line %2.</source>
        <translation>%1 已有項目 %2。</translation>
    </message>
    <message>
        <source>Added line %1 %2 (%3) to %4.</source>
        <translation>已在 %4 新增第 %1 項 %2（%3）。</translation>
    </message>
    <message>
        <source>--limit must be 0 (all) or more.</source>
        <translation>--limit 必須為 0（全部）或以上。</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>--file %1: %2. Nothing was changed.</source>
        <translation>--file %1：%2。未做任何變更。</translation>
    </message>
    <message>
        <source>--file %1 is not a file. Nothing was changed.</source>
        <translation>--file %1 不是檔案。未做任何變更。</translation>
    </message>
    <message>
        <source>  [%1, stored]</source>
        <translation>  [%1，已存放]</translation>
    </message>
    <message>
        <source>  [%1]</source>
        <translation>  [%1]</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>未註明日期</translation>
    </message>
    <message>
        <source>%1  %2  %3: %4%5</source>
        <translation>%1  %2  %3：%4%5</translation>
    </message>
    <message>
        <source>      cited by: %1</source>
        <translation>      引用者：%1</translation>
    </message>
    <message>
        <source>      cited by: nothing yet</source>
        <translation>      引用者：尚無</translation>
    </message>
    <message>
        <source>--broker and --title must not be empty. Nothing was changed.</source>
        <translation>--broker 與 --title 不可為空白。未做任何變更。</translation>
    </message>
    <message>
        <source>; upside to target %1: %2</source>
        <translation>；相對目標價 %1 的上漲空間：%2</translation>
    </message>
    <message>
        <source>%1 share price %2 as of %3%4</source>
        <translation>%1 股價 %2（截至 %3）%4</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>未提供日期</translation>
    </message>
    <message>
        <source>%1 %2 %3  %4</source>
        <translation>%1 %2 %3  %4</translation>
    </message>
    <message>
        <source>%1. The ranking was not changed (covered: %2).</source>
        <translation>%1。排名未變更（追蹤：%2）。</translation>
    </message>
    <message>
        <source>The ranking is already %1; nothing changed.</source>
        <translation>排名已是 %1；沒有變更。</translation>
    </message>
    <message>
        <source>%1. The ranking was not changed.</source>
        <translation>%1。排名未變更。</translation>
    </message>
    <message>
        <source>--date must look like 2025-08-01 (YYYY-MM-DD), not %1. Nothing was saved.</source>
        <translation>--date 格式須如 2025-08-01（YYYY-MM-DD），而非 %1。未儲存任何資料。</translation>
    </message>
    <message>
        <source>Saved snapshot %1 &quot;%2&quot; (%3): %4</source>
        <translation>已儲存快照 %1「%2」（%3）：%4</translation>
    </message>
    <message>
        <source>A snapshot needs a label, e.g. &quot;3Q25 review&quot;.</source>
        <translation>快照需要標籤，例如 &quot;3Q25 review&quot;。</translation>
    </message>
    <message>
        <source>%1: the report&apos;s name must end in .pdf</source>
        <translation>%1：報告的檔名必須以 .pdf 結尾</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a file of the workspace. Choose another file name; nothing was written.</source>
        <translation>無法寫入 %1：它是工作區的檔案。請選擇其他檔名；未寫入任何資料。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>No snapshot is called %1. Snapshots: %2.</source>
        <translation>沒有名為 %1 的快照。快照：%2。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1 of %2 is calendar %3, not %4.</source>
        <translation>%2 的 %1 是日曆季度 %3，而非 %4。</translation>
    </message>
    <message>
        <source> beat</source>
        <translation> 優於預期</translation>
    </message>
    <message>
        <source> in line</source>
        <translation> 符合預期</translation>
    </message>
    <message>
        <source> miss</source>
        <translation> 低於預期</translation>
    </message>
    <message>
        <source> above</source>
        <translation> 高於</translation>
    </message>
    <message>
        <source> below</source>
        <translation> 低於</translation>
    </message>
    <message>
        <source>%1 has no %2 (quarters: %3).</source>
        <translation>%1 沒有 %2（季度：%3）。</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>市場共識</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>YoY</source>
        <translation>年增率</translation>
    </message>
    <message>
        <source>QoQ</source>
        <translation>季增率</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>財測</translation>
    </message>
    <message>
        <source>vs guidance</source>
        <translation>相對財測</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>%1 (%2) %3 — US$ mn unless a line says otherwise; diffs in % for amounts, ppts for rates</source>
        <translation>%1（%2）%3 — 除項目另有註明外單位為 US$ mn；金額差異以 % 表示，比率差異以百分點表示</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 財報結果</translation>
    </message>
    <message>
        <source>%1 outlook</source>
        <translation>%1 展望</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>%1 as printed in the note (italic in the window): the workspace lacks the figures to compute it, or only the note&apos;s unrounded figures give it (rounding, not an error).</source>
        <translation>%1 為研究報告所印之數字（視窗中以斜體顯示）：工作區缺少計算所需的數字，或僅報告未四捨五入的數字能得出此值（屬四捨五入差異，並非錯誤）。</translation>
    </message>
    <message>
        <source>%1 has no line %2 (see `csp-desk line list %1`).</source>
        <translation>%1 沒有項目 %2（請見 `csp-desk line list %1`）。</translation>
    </message>
    <message>
        <source>Give at least one of --actual, --consensus, --guidance.</source>
        <translation>請至少提供 --actual、--consensus、--guidance 其中之一。</translation>
    </message>
    <message>
        <source>--%1: %2.</source>
        <translation>--%1：%2。</translation>
    </message>
    <message>
        <source>--where names a place within a note: give the note with --source too.</source>
        <translation>--where 指的是報告中的位置：請同時以 --source 提供報告。</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4 figure(s) changed (source: %5).</source>
        <translation>%1 %2 %3：已變更 %4 個數字（來源：%5）。</translation>
    </message>
    <message>
        <source>--rating is a short word such as OP, Buy or Neutral. Nothing was changed.</source>
        <translation>--rating 是簡短的評等，例如 OP、Buy 或 Neutral。未做任何變更。</translation>
    </message>
    <message>
        <source>%1 target price %2 (%4) as of %3</source>
        <translation>%1 目標價 %2（%4，截至 %3）</translation>
    </message>
    <message>
        <source>%1 target price %2 as of %3</source>
        <translation>%1 目標價 %2（截至 %3）</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4  %5</source>
        <translation>%1 %2 %3 %4  %5</translation>
    </message>
    <message>
        <source>%1 is not a database URL (postgresql://user@host:port/dbname or service=NAME). Nothing was changed.</source>
        <translation>%1 不是資料庫 URL（postgresql://user@host:port/dbname 或 service=NAME）。未做任何變更。</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ 對調</translation>
    </message>
    <message>
        <source>Swap the two sides</source>
        <translation>對調左右兩側</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>with</source>
        <translation>與</translation>
    </message>
    <message>
        <source>Hover a rationale to read all of it.</source>
        <translation>將滑鼠移到理由上可閱讀全文。</translation>
    </message>
    <message>
        <source>Now (current order)</source>
        <translation>目前（現行排序）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is new, at %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 為新加入，排第 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; left the ranking (was %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 已離開排名（原為 %2）</translation>
    </message>
    <message>
        <source>up</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>down</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 名</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 名</translation>
    </message>
    <message>
        <source>%1 %2 (%3 → %4)</source>
        <translation>%1 %2（%3 → %4）</translation>
    </message>
    <message>
        <source>From “%1” to “%2”:</source>
        <translation>從「%1」到「%2」：</translation>
    </message>
    <message>
        <source>No name moved.</source>
        <translation>沒有公司變動名次。</translation>
    </message>
    <message>
        <source>Kept their place: %1</source>
        <translation>名次不變：%1</translation>
    </message>
    <message>
        <source>Rationale changed: %1</source>
        <translation>理由已變更：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>CopyOrigin</name>
    <message>
        <source>copy of %1, taken on %2</source>
        <translation>%1 的複本，建立於 %2</translation>
    </message>
    <message>
        <source>This workspace is a copy of %1. Changes made here are not in the original.</source>
        <translation>此工作區是 %1 的複本。在此所做的變更不會出現在原始工作區。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>未預期的錯誤</translation>
    </message>
    <message>
        <source>Something went wrong that CSP Desk did not expect. Your saved work is in the workspace; what you were doing may not have finished.

%1</source>
        <translation>發生了 CSP Desk 未預期的問題。已儲存的工作保留在工作區中；您正在進行的動作可能沒有完成。

%1</translation>
    </message>
</context>
<context>
    <name>CrashLog</name>
    <message>
        <source>%1%2. %3</source>
        <translation>%1%2。%3</translation>
    </message>
    <message>
        <source>Unexpected error (%1). %2 Please report it.</source>
        <translation>發生未預期的錯誤（%1）。%2請回報此問題。</translation>
    </message>
    <message>
        <source>The details are in %1.</source>
        <translation>詳細資訊在 %1。</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>無法將詳細資訊寫入記錄檔。</translation>
    </message>
</context>
<context>
    <name>CrossCspModel</name>
    <message>
        <source>Revenue (US$mn)</source>
        <translation>營收（百萬美元）</translation>
    </message>
    <message>
        <source>Cloud growth (YoY)</source>
        <translation>雲端成長（年增率）</translation>
    </message>
    <message>
        <source>Operating margin</source>
        <translation>營業利益率</translation>
    </message>
    <message>
        <source>Capex (US$mn)</source>
        <translation>資本支出（百萬美元）</translation>
    </message>
    <message>
        <source>No scorecard lines yet</source>
        <translation>尚無財報記分卡項目</translation>
    </message>
    <message>
        <source>Not reported for %1</source>
        <translation>%1 未公布</translation>
    </message>
    <message>
        <source>No reported quarter yet</source>
        <translation>尚無已公布的季度</translation>
    </message>
    <message>
        <source>%1 has no scorecard lines yet: nothing is shown rather than zeros. Add lines with Lines… on the Scorecards tab. Its cloud growth, where a note reads it, is in the table below.</source>
        <translation>%1 尚無財報記分卡項目：不顯示任何數字，而非顯示零。請在「財報記分卡」分頁以「項目…」新增。報告中提到的雲端成長列於下表。</translation>
    </message>
    <message>
        <source>%1 (revenue)</source>
        <translation>%1（營收）</translation>
    </message>
    <message>
        <source>%1 revenue vs consensus: the notes give no consensus for %1 growth.</source>
        <translation>%1 營收相對共識：報告中沒有 %1 成長的共識數字。</translation>
    </message>
    <message>
        <source>Cloud growth = %1 revenue YoY.</source>
        <translation>雲端成長 = %1 營收年增率。</translation>
    </message>
    <message>
        <source>Cloud growth: %1</source>
        <translation>雲端成長：%1</translation>
    </message>
    <message>
        <source>CSP · cloud</source>
        <translation>CSP · 雲端</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日曆</translation>
    </message>
    <message>
        <source>Fiscal</source>
        <translation>會計季度</translation>
    </message>
    <message>
        <source>vs cons.</source>
        <translation>相對共識</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>: actual vs consensus</source>
        <translation>：實際相對共識</translation>
    </message>
    <message>
        <source>%1: %2   (%3, %4)</source>
        <translation>%1：%2   （%3，%4）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Growth trend</source>
        <translation>成長趨勢</translation>
    </message>
    <message>
        <source>vs consensus</source>
        <translation>相對共識</translation>
    </message>
    <message>
        <source>原文</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>in line</source>
        <translation>符合預期</translation>
    </message>
</context>
<context>
    <name>CrossCspPage</name>
    <message>
        <source>Line the CSPs up on one calendar quarter, or show each one&apos;s latest reported quarter</source>
        <translation>將各雲端業者對齊在同一日曆季度，或顯示各自最新公布的季度</translation>
    </message>
    <message>
        <source>Ca&amp;lendar quarter:</source>
        <translation>日曆季度(&amp;L)：</translation>
    </message>
    <message>
        <source>Latest quarter of each CSP, on calendar quarters</source>
        <translation>各雲端業者最新一季（依日曆季度）</translation>
    </message>
    <message>
        <source>Cloud-growth read of each note</source>
        <translation>各份報告的雲端成長解讀</translation>
    </message>
    <message>
        <source>Latest reported (each CSP)</source>
        <translation>最新公布（各雲端業者）</translation>
    </message>
    <message>
        <source>Cloud growth: the cloud segment&apos;s growth where a company reports it as a line (an actual with its consensus), else the YoY of its cloud revenue, judged by that revenue vs consensus; a figure only printed in a note is italic.</source>
        <translation>雲端成長：若公司將雲端部門成長列為一個項目（實際值及其共識），即採用該數字，否則採雲端營收的年增率，並以該營收相對共識判斷；僅見於報告的數字以斜體顯示。</translation>
    </message>
    <message>
        <source>No scorecard lines yet: %1.</source>
        <translation>尚無財報記分卡項目：%1。</translation>
    </message>
    <message>
        <source>No reported quarter yet: %1.</source>
        <translation>尚無已公布的季度：%1。</translation>
    </message>
</context>
<context>
    <name>DataText</name>
    <message>
        <source>%1: %2, line %3</source>
        <translation>%1：%2，第 %3 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>entered by %1, %2</source>
        <translation>由 %1 於 %2 輸入</translation>
    </message>
    <message>
        <source>entered by %1</source>
        <translation>由 %1 輸入</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DateErrors</name>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>不是日期（YYYY-MM-DD）：%1</translation>
    </message>
</context>
<context>
    <name>EditStatementDialog</name>
    <message>
        <source>Edit Statement</source>
        <translation>編輯陳述</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>關於：</translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation>陳述(&amp;T)：</translation>
    </message>
    <message>
        <source>Original (中文):</source>
        <translation>原文（中文）：</translation>
    </message>
    <message>
        <source>Citing another note, or none, drops the original wording and the figure of the note cited now; Undo brings them back.</source>
        <translation>改引用另一份報告或不引用時，會捨棄原文措辭與目前所引報告的數字；復原可將其還原。</translation>
    </message>
    <message>
        <source>A statement needs its text.</source>
        <translation>陳述需要內容。</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Export to Excel</source>
        <translation>匯出至 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the Excel workbook…</source>
        <translation>正在寫入 Excel 活頁簿…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation>正在讀取工作區…</translation>
    </message>
    <message>
        <source>Writing the sheets…</source>
        <translation>正在寫入工作表…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在儲存 %1…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
    <message>
        <source>The workspace seems damaged (%1). `csp-desk check` lists the problems. No workbook was written.</source>
        <translation>工作區似乎已損毀（%1）。`csp-desk check` 會列出問題。沒有寫入任何活頁簿。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消匯出；沒有寫入任何檔案。</translation>
    </message>
    <message>
        <source>The Excel workbook was not written.</source>
        <translation>沒有寫入 Excel 活頁簿。</translation>
    </message>
    <message>
        <source>Exported %1 sheets to %2 in %3 s</source>
        <translation>已將 %1 個工作表匯出至 %2，耗時 %3 秒</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>從 Excel 匯入</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Excel 活頁簿 (*.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消匯入；沒有變更任何內容。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>沒有從 %1 匯入任何內容。</translation>
    </message>
    <message>
        <source>Nothing was imported: reading %1 failed unexpectedly (%2).</source>
        <translation>沒有匯入任何內容：讀取 %1 時發生未預期的失敗（%2）。</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在讀取並檢查 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be used as it is.</source>
        <translation>沒有匯入任何內容：%1 無法直接使用。</translation>
    </message>
    <message>
        <source>No changes: every figure in %1 matches the workspace.</source>
        <translation>沒有變更：%1 中的每個數字都與工作區相同。</translation>
    </message>
    <message>
        <source>Imported %1 figures from %2. Undo with Ctrl+Z.</source>
        <translation>已從 %2 匯入 %1 個數字。按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>Imported 1 figure from %2. Undo with Ctrl+Z.</source>
        <translation>已從 %2 匯入 1 個數字。按 Ctrl+Z 可復原。</translation>
    </message>
</context>
<context>
    <name>ExcelErrors</name>
    <message>
        <source>Unknown workbook language %1: choose one of %2.</source>
        <translation>不明的活頁簿語言 %1：請選擇 %2 其中之一。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is the open workspace. Choose another file name; nothing was written.</source>
        <translation>無法寫入 %1：這是目前開啟的工作區。請選擇其他檔名；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a file of the workspace (%2). Choose another file name; nothing was written.</source>
        <translation>無法寫入 %1：這是工作區的檔案（%2）。請選擇其他檔名；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Choose a file name.</source>
        <translation>無法寫入 %1：這是資料夾。請選擇檔名。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>無法寫入 %1：資料夾 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is open in %2. Close it there and export again. Any existing file there was left as it was.</source>
        <translation>無法寫入 %1：此檔案已在 %2 中開啟。請先在該程式中關閉後再匯出。原有的檔案保持原狀。</translation>
    </message>
    <message>
        <source>Cannot write %1: the file is read-only. Any existing file there was left as it was.</source>
        <translation>無法寫入 %1：檔案為唯讀。原有的檔案保持原狀。</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2. Any existing file there was left as it was.</source>
        <translation>無法寫入資料夾 %1：%2。原有的檔案保持原狀。</translation>
    </message>
    <message>
        <source>Could not write %1: %2 (is it open in another program?). Any existing file there was left as it was.</source>
        <translation>無法寫入 %1：%2（是否已在其他程式中開啟？）。原有的檔案保持原狀。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Any existing file there was left as it was.</source>
        <translation>無法寫入 %1：%2。原有的檔案保持原狀。</translation>
    </message>
    <message>
        <source>the cell is outside the sheet (A1:XFD1048576).</source>
        <translation>儲存格超出工作表範圍（A1:XFD1048576）。</translation>
    </message>
    <message>
        <source>more than %1 cells; the workbook is not read.</source>
        <translation>超過 %1 個儲存格；活頁簿未被讀取。</translation>
    </message>
    <message>
        <source>more than %1 rows; the workbook is not read.</source>
        <translation>超過 %1 列；活頁簿未被讀取。</translation>
    </message>
    <message>
        <source>more than %1 merged ranges; the workbook is not read.</source>
        <translation>超過 %1 個合併範圍；活頁簿未被讀取。</translation>
    </message>
    <message>
        <source>more than %1 characters of text with the shared strings; the workbook is not read.</source>
        <translation>連同共用字串超過 %1 個文字字元；活頁簿未被讀取。</translation>
    </message>
    <message>
        <source>the cell after %1 has no valid reference (%2); save the workbook from Excel and import that.</source>
        <translation>%1 之後的儲存格沒有有效的參照（%2）；請用 Excel 儲存活頁簿後再匯入。</translation>
    </message>
    <message>
        <source>two cells have this reference; a sheet has one of each cell.</source>
        <translation>有兩個儲存格使用此參照；工作表中每個儲存格只能有一個。</translation>
    </message>
    <message>
        <source>the cells of row %1 are in two places; a sheet has one of each row.</source>
        <translation>第 %1 列的儲存格分散在兩處；工作表中每一列只能有一個。</translation>
    </message>
    <message>
        <source>the merged range %1 is not a range of cells like E5:F5; unmerge it (or save the workbook from Excel) and import again.</source>
        <translation>合併範圍 %1 不是像 E5:F5 這樣的儲存格範圍；請取消合併（或用 Excel 儲存活頁簿）後再匯入。</translation>
    </message>
    <message>
        <source>the cell&apos;s type %1 is not one Excel writes.</source>
        <translation>儲存格類型 %1 不是 Excel 會寫入的類型。</translation>
    </message>
    <message>
        <source>the cell holds %1 characters; a cell holds at most %2.</source>
        <translation>儲存格含有 %1 個字元；每個儲存格最多 %2 個。</translation>
    </message>
    <message>
        <source>the text cell refers to shared string %1, but the workbook has %2 (numbered from 0).</source>
        <translation>文字儲存格參照共用字串 %1，但活頁簿只有 %2 個（從 0 起算）。</translation>
    </message>
    <message>
        <source>%1 is not TRUE or FALSE as Excel writes them (1 or 0).</source>
        <translation>%1 不是 Excel 寫入的 TRUE 或 FALSE（1 或 0）。</translation>
    </message>
    <message>
        <source>%1 is not a date as Excel writes one.</source>
        <translation>%1 不是 Excel 寫入的日期。</translation>
    </message>
    <message>
        <source>%1 is not a number as Excel writes one (digits, &apos;.&apos;, &apos;-&apos;, &apos;E&apos;).</source>
        <translation>%1 不是 Excel 寫入的數字（數字、&apos;.&apos;、&apos;-&apos;、&apos;E&apos;）。</translation>
    </message>
    <message>
        <source>%1 is formatted as a date but is no date Excel can show.</source>
        <translation>%1 格式為日期，但不是 Excel 能顯示的日期。</translation>
    </message>
    <message>
        <source>the cell&apos;s style %1 is not a style number.</source>
        <translation>儲存格樣式 %1 不是樣式編號。</translation>
    </message>
    <message>
        <source>the cell&apos;s style %1 does not exist (the workbook has %2).</source>
        <translation>儲存格樣式 %1 不存在（活頁簿共有 %2 個）。</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>具名管道（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>通訊端（socket）</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>非一般檔案</translation>
    </message>
    <message>
        <source>%1 is %2, not a workbook file; only a saved .xlsx file can be imported.</source>
        <translation>%1 是%2，不是活頁簿檔案；只能匯入已儲存的 .xlsx 檔案。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; workbooks over %3 MB are not imported.</source>
        <translation>%1 為 %2 MB；超過 %3 MB 的活頁簿不予匯入。</translation>
    </message>
    <message>
        <source>%1 is an old-style .xls workbook: save it as an Excel Workbook (.xlsx) and import that.</source>
        <translation>%1 是舊式 .xls 活頁簿：請另存為 Excel 活頁簿（.xlsx）後再匯入。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx).</source>
        <translation>%1 不是 Excel 活頁簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (not a readable .xlsx): %2</source>
        <translation>%1 已損毀或不完整（不是可讀取的 .xlsx）：%2</translation>
    </message>
    <message>
        <source>%1 has %2 parts; workbooks with more than %3 are not imported.</source>
        <translation>%1 有 %2 個組件；超過 %3 個組件的活頁簿不予匯入。</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB; it is not imported.</source>
        <translation>%1 解壓縮後超過 %2 MB；不予匯入。</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook (.xlsx).</source>
        <translation>%1 是 zip 檔案，但不是 Excel 活頁簿（.xlsx）。</translation>
    </message>
    <message>
        <source>sheet %1: %2</source>
        <translation>工作表 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:</source>
        <translation>未從 %1 匯入任何內容：</translation>
    </message>
    <message>
        <source>  … and %1 more problem</source>
        <translation>  …另有 %1 個問題</translation>
    </message>
    <message>
        <source>  … and %1 more problems</source>
        <translation>  …另有 %1 個問題</translation>
    </message>
    <message>
        <source>the import was cancelled.</source>
        <translation>匯入已取消。</translation>
    </message>
    <message>
        <source>the hidden key row (row %1)</source>
        <translation>隱藏的代碼列（第 %1 列）</translation>
    </message>
    <message>
        <source>the header row (row %1)</source>
        <translation>標題列（第 %1 列）</translation>
    </message>
    <message>
        <source>a second column headed &apos;%1&apos;; keep one.</source>
        <translation>有第二個標題為「%1」的欄；請只保留一個。</translation>
    </message>
    <message>
        <source>%1 has no column &apos;%2&apos;.</source>
        <translation>%1 沒有「%2」欄。</translation>
    </message>
    <message>
        <source>%1 is TRUE/FALSE, not a number.</source>
        <translation>%1 是 TRUE/FALSE，不是數字。</translation>
    </message>
    <message>
        <source>a date or time, not a number (check the cell&apos;s format).</source>
        <translation>是日期或時間，不是數字（請檢查儲存格格式）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is text, not a number. Type the number itself (a number stored as text is not read).</source>
        <translation>「%1」是文字，不是數字。請直接輸入數字（以文字儲存的數字不會被讀取）。</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 不是數字。</translation>
    </message>
    <message>
        <source>not a finite number.</source>
        <translation>不是有限的數字。</translation>
    </message>
    <message>
        <source>%1 is too large for a figure in US$ mn.</source>
        <translation>%1 對以百萬美元計的數值而言過大。</translation>
    </message>
    <message>
        <source>%1% is not a plausible rate: rates are percentages (type 45% or 0.45 for 45%).</source>
        <translation>%1% 不是合理的比率：比率以百分比表示（45% 請輸入 45% 或 0.45）。</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1，另有 %2 個</translation>
    </message>
    <message>
        <source>the workbook has no sheet with this name (it has: %1).</source>
        <translation>活頁簿中沒有此名稱的工作表（現有：%1）。</translation>
    </message>
    <message>
        <source>%1: the sheet %2 cannot be read (%3).</source>
        <translation>%1：無法讀取工作表 %2（%3）。</translation>
    </message>
    <message>
        <source>merged cells in the table; unmerge them so that every row has its own cells.</source>
        <translation>表格中有合併儲存格；請取消合併，讓每一列都有自己的儲存格。</translation>
    </message>
    <message>
        <source>the cell shows the error %1, not a number.</source>
        <translation>儲存格顯示錯誤 %1，不是數字。</translation>
    </message>
    <message>
        <source>the formula %1 has no saved result; open the file in Excel, let it calculate, save it and import again.</source>
        <translation>公式 %1 沒有已儲存的結果；請用 Excel 開啟檔案、讓它計算、儲存後再匯入。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty; every row needs its ticker, quarter and line key.</source>
        <translation>「%1」是空的；每一列都需要股票代號、季度與項目代碼。</translation>
    </message>
    <message>
        <source>unknown company &apos;%1&apos;.</source>
        <translation>不明的公司「%1」。</translation>
    </message>
    <message>
        <source>%1 has no scorecard line &apos;%2&apos; (unknown metric); no company defines it: add it first (Lines…, or `csp-desk line add`).</source>
        <translation>%1 沒有財報記分卡項目「%2」（不明的指標）；沒有任何公司定義此項目：請先新增（項目…，或 `csp-desk line add`）。</translation>
    </message>
    <message>
        <source>duplicate row: %1 %2 %3 is also on row %4.</source>
        <translation>重複的列：%1 %2 %3 也在第 %4 列。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quarter (expected e.g. F4Q25 · 2Q25, or 2Q25).</source>
        <translation>「%1」不是季度（應為例如 F4Q25 · 2Q25，或 2Q25）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 of %3 is calendar %4, not %5.</source>
        <translation>「%1」：%3 的 %2 為日曆季度 %4，不是 %5。</translation>
    </message>
    <message>
        <source>contains unsafe XML (DTD or entity declarations: DTDForbidden); it was refused without being read.</source>
        <translation>含有不安全的 XML（DTD 或實體宣告：DTDForbidden）；已拒絕且未讀取。</translation>
    </message>
    <message>
        <source>has a part (%1) that unpacks to %2 MB; parts over %3 MB are not read.</source>
        <translation>有一個組件（%1）解壓縮後為 %2 MB；超過 %3 MB 的組件不予讀取。</translation>
    </message>
    <message>
        <source>has more than %1 XML elements in its part %2.</source>
        <translation>的組件 %2 中有超過 %1 個 XML 元素。</translation>
    </message>
    <message>
        <source>has more than %1 MB without a single XML tag in its part %2 (a giant attribute, text or comment).</source>
        <translation>的組件 %2 中有超過 %1 MB 的內容沒有任何 XML 標籤（巨大的屬性、文字或註解）。</translation>
    </message>
    <message>
        <source>is damaged: its part %1 is not well-formed XML (%2).</source>
        <translation>已損毀：其組件 %1 不是格式正確的 XML（%2）。</translation>
    </message>
    <message>
        <source>is damaged: its part %1 is corrupt (%2).</source>
        <translation>已損毀：其組件 %1 已毀損（%2）。</translation>
    </message>
    <message>
        <source>has more than %1 sheets; it is not read.</source>
        <translation>有超過 %1 個工作表；不予讀取。</translation>
    </message>
    <message>
        <source>is damaged: its cell style %1 has the number format id %2, which is not a number.</source>
        <translation>已損毀：其儲存格樣式 %1 的數字格式 ID 為 %2，不是數字。</translation>
    </message>
    <message>
        <source>is damaged: it has a number format whose id %1 is not a number.</source>
        <translation>已損毀：有一個數字格式的 ID %1 不是數字。</translation>
    </message>
    <message>
        <source>has more than %1 cell styles or number formats; it is not read.</source>
        <translation>有超過 %1 個儲存格樣式或數字格式；不予讀取。</translation>
    </message>
    <message>
        <source>has a shared string (number %1) of %2 characters; a cell holds at most %3.</source>
        <translation>有一個共用字串（第 %1 個）長達 %2 個字元；每個儲存格最多 %3 個。</translation>
    </message>
    <message>
        <source>has more than %1 shared strings (texts); it is not read.</source>
        <translation>有超過 %1 個共用字串（文字）；不予讀取。</translation>
    </message>
    <message>
        <source>has more than %1 characters of text in its shared strings; it is not read.</source>
        <translation>的共用字串中有超過 %1 個文字字元；不予讀取。</translation>
    </message>
</context>
<context>
    <name>ExcelImportCommand</name>
    <message>
        <source>Import %1 figures from %2</source>
        <translation>從 %2 匯入 %1 個數字</translation>
    </message>
    <message>
        <source>Import 1 figure from %2</source>
        <translation>從 %2 匯入 1 個數字</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <source>Changed by others: %1. Shown as it is now; your undo history is kept.</source>
        <translation>他人已變更：%1。顯示目前內容；您的復原紀錄仍保留。</translation>
    </message>
    <message>
        <source>the workspace file was replaced; undo history cleared</source>
        <translation>工作區檔案已被取代；復原紀錄已清除</translation>
    </message>
    <message>
        <source>someone else changed it first</source>
        <translation>已有他人先行變更</translation>
    </message>
    <message>
        <source>Not applied: %1. Shown as it is now.</source>
        <translation>未套用：%1。顯示目前內容。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>%1

The window stays open and shows the workspace as it is now. Make the change again if you still want it, then close the window.</source>
        <translation>%1

視窗保持開啟，並顯示工作區目前的狀態。如仍需要這項變更，請重新操作一次，然後再關閉視窗。</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 檔案</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>查看位置(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 位元組</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find rows:</source>
        <translation>尋找列：</translation>
    </message>
    <message>
        <source>Text in any column (English or 中文)…</source>
        <translation>任一欄中的文字（英文或中文）…</translation>
    </message>
    <message>
        <source>Close the find bar and show every row (Esc)</source>
        <translation>關閉尋找列並顯示所有列（Esc）</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%2 列中的 %1 列</translation>
    </message>
    <message>
        <source>%1 of 1 row</source>
        <translation>1 列中的 %1 列</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <source>Add or Change a Forecast</source>
        <translation>新增或變更預估</translation>
    </message>
    <message>
        <source>as the note prints it: 2026, FY27</source>
        <translation>依報告所載：2026、FY27</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指標(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>單位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Forecast:</source>
        <translation>預估(&amp;F)：</translation>
    </message>
    <message>
        <source>A forecast needs its year and its metric.</source>
        <translation>預估需要年度與指標。</translation>
    </message>
    <message>
        <source>The forecast: %1</source>
        <translation>預估：%1</translation>
    </message>
</context>
<context>
    <name>ForecastMetrics</name>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Operating profit</source>
        <translation>營業利益</translation>
    </message>
    <message>
        <source>EBITDA</source>
        <translation>EBITDA</translation>
    </message>
    <message>
        <source>Net income</source>
        <translation>稅後淨利</translation>
    </message>
    <message>
        <source>EPS</source>
        <translation>EPS</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>The saved orders, each with its reasons</source>
        <translation>儲存的各個排序，以及各自的理由</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Who moved how far between any two orders</source>
        <translation>任兩個排序之間誰移動了多少名次</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>變更紀錄</translation>
    </message>
    <message>
        <source>Every saved change, with its time</source>
        <translation>每一筆已儲存的變更及其時間</translation>
    </message>
    <message>
        <source>Rank over time</source>
        <translation>排名走勢</translation>
    </message>
    <message>
        <source>Each name&apos;s place in every snapshot and now</source>
        <translation>每家公司在各快照及目前的名次</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>市場共識</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>財測</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>儲存格</translation>
    </message>
    <message>
        <source>Sheet and cell in the workbook</source>
        <translation>活頁簿中的工作表與儲存格</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>舊值</translation>
    </message>
    <message>
        <source>In the workspace now</source>
        <translation>工作區中目前的值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>In the workbook: what the import writes</source>
        <translation>活頁簿中的值：匯入時寫入的內容</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>從 Excel 匯入</translation>
    </message>
    <message>
        <source>%1 figures in %2 will change. Nothing is written until you click Import; the whole import is then one step you can undo.</source>
        <translation>%2 中有 %1 個數字將會變更。按下「匯入」之前不會寫入任何內容；整次匯入屬於一個可復原的步驟。</translation>
    </message>
    <message>
        <source>1 figure in %2 will change. Nothing is written until you click Import; the import is then one step you can undo.</source>
        <translation>%2 中有 1 個數字將會變更。按下「匯入」之前不會寫入任何內容；匯入屬於一個可復原的步驟。</translation>
    </message>
    <message>
        <source>It also creates: %1.</source>
        <translation>同時也會建立：%1。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Write these figures to the workspace (Ctrl+Z undoes it)</source>
        <translation>將這些數字寫入工作區（Ctrl+Z 可復原）</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>市場共識</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>財測</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>per_share</source>
        <translation>每股</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>%1 %2 %3, %4</source>
        <translation>%1 %2 %3，%4</translation>
    </message>
    <message>
        <source>new quarter %1 %2</source>
        <translation>新季度 %1 %2</translation>
    </message>
    <message>
        <source>new line %1 %2 (%3, %4, %5)</source>
        <translation>新項目 %1 %2（%3，%4，%5）</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空白</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Show CSP Desk in this language from the next start</source>
        <translation>下次啟動時以此語言顯示 CSP Desk</translation>
    </message>
    <message>
        <source>The window is already in %1.</source>
        <translation>視窗已經是%1。</translation>
    </message>
    <message>
        <source>CSP Desk will start in %1 next time (close and open it again to switch now).</source>
        <translation>CSP Desk 下次啟動時會使用%1（關閉後再開啟即可立即切換）。</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <source>This pane cannot be shown now: %1</source>
        <translation>目前無法顯示此窗格：%1</translation>
    </message>
</context>
<context>
    <name>LineCommands</name>
    <message>
        <source>Add %1 (%2)</source>
        <translation>新增 %1（%2）</translation>
    </message>
    <message>
        <source>Add the line %1 to %2</source>
        <translation>新增項目 %1 至 %2</translation>
    </message>
    <message>
        <source>Change the line %1 of %2</source>
        <translation>變更 %2 的項目 %1</translation>
    </message>
    <message>
        <source>Reorder the lines of %1</source>
        <translation>重新排列 %1 的項目順序</translation>
    </message>
    <message>
        <source>Remove the line %1 of %2</source>
        <translation>移除 %2 的項目 %1</translation>
    </message>
    <message>
        <source>Copy the lines of %1 to %2</source>
        <translation>將 %1 的項目複製到 %2</translation>
    </message>
</context>
<context>
    <name>LineErrors</name>
    <message>
        <source>polarity must be one of %1, not %2</source>
        <translation>方向必須是 %1 其中之一，不是 %2</translation>
    </message>
</context>
<context>
    <name>LineForm</name>
    <message>
        <source>Line</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Change Line</source>
        <translation>變更項目</translation>
    </message>
    <message>
        <source>e.g. cloud_revenue</source>
        <translation>例如 cloud_revenue</translation>
    </message>
    <message>
        <source>empty: US$mn, US$ per share or %</source>
        <translation>空白：百萬美元、每股美元或 %</translation>
    </message>
    <message>
        <source>Amount (diff in %)</source>
        <translation>金額（差異以 % 表示）</translation>
    </message>
    <message>
        <source>Rate (diff in ppts)</source>
        <translation>比率（差異以百分點表示）</translation>
    </message>
    <message>
        <source>Per share (diff in %)</source>
        <translation>每股（差異以 % 表示）</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Neutral (never coloured)</source>
        <translation>中性（不上色）</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>代碼(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>名稱(&amp;L)：</translation>
    </message>
    <message>
        <source>Chinese label:</source>
        <translation>中文名稱：</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>區段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>單位(&amp;U)：</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>類型(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Polarity:</source>
        <translation>方向(&amp;P)：</translation>
    </message>
    <message>
        <source>The key is lower-case letters, digits and _ (e.g. cloud_revenue).</source>
        <translation>代碼只能使用小寫字母、數字與 _（例如 cloud_revenue）。</translation>
    </message>
    <message>
        <source>%1 already has a line %2.</source>
        <translation>%1 已有項目 %2。</translation>
    </message>
    <message>
        <source>Enter a label.</source>
        <translation>請輸入名稱。</translation>
    </message>
</context>
<context>
    <name>LinesDialog</name>
    <message>
        <source>Lines of %1</source>
        <translation>%1 的項目</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>區段</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>變更(&amp;C)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Start from these lines</source>
        <translation>以這些項目為起點</translation>
    </message>
    <message>
        <source>Copy the line set of:</source>
        <translation>複製以下公司的項目組合：</translation>
    </message>
    <message>
        <source>Every change is saved at once; Ctrl+Z in the window undoes it.</source>
        <translation>每項變更都會立即儲存；在主視窗按 Ctrl+Z 可復原。</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>per share</source>
        <translation>每股</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>儲存為：%1</translation>
    </message>
    <message>
        <source>Not stored: the standard translation the window shows for %1. Change… records a Chinese label of the line&apos;s own.</source>
        <translation>未儲存：視窗為 %1 顯示的標準譯名。按「變更…」可為此項目記錄自己的中文名稱。</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>移除項目</translation>
    </message>
    <message>
        <source>%1 holds figures in %2 quarters. Remove the line with its figures?

Undo (Ctrl+Z) brings the line and its figures back.</source>
        <translation>%1 在 %2 個季度中有數字。要連同數字一起移除這個項目嗎？

復原（Ctrl+Z）可將項目與其數字還原。</translation>
    </message>
    <message>
        <source>%1 holds figures in 1 quarter. Remove the line with its figures?

Undo (Ctrl+Z) brings the line and its figures back.</source>
        <translation>%1 在 1 個季度中有數字。要連同數字一起移除這個項目嗎？

復原（Ctrl+Z）可將項目與其數字還原。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>date not printed</source>
        <translation>報告未載日期</translation>
    </message>
    <message>
        <source>No sources recorded in this workspace.</source>
        <translation>此工作區沒有記錄任何資料來源。</translation>
    </message>
    <message>
        <source>Ranking, earnings scorecards, capex and research tables of the cloud service providers. Works offline; everything is saved in the local workspace file.</source>
        <translation>雲端服務供應商的排名、財報記分卡、資本支出與研究表格。可離線使用；所有內容都儲存在本機的工作區檔案中。</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作區</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>關於 %1</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>開啟工作區(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another CSP Desk workspace file</source>
        <translation>開啟另一個 CSP Desk 工作區檔案</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存複本(&amp;C)…</translation>
    </message>
    <message>
        <source>Write a copy of the workspace to another file (the open one stays open)</source>
        <translation>將工作區的複本寫入另一個檔案（目前開啟的工作區維持開啟）</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>Write a backup of the workspace to its backups folder now</source>
        <translation>立即將工作區備份到其備份資料夾</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Put back an earlier backup of this workspace (the current state is backed up first, so a restore can be undone by restoring that)</source>
        <translation>還原此工作區較早的備份（會先備份目前狀態，因此還原後可再還原該備份以復原）</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>匯出至 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the Excel summary workbook</source>
        <translation>寫入 Excel 摘要活頁簿</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>從 Excel 匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Read figures changed in an exported workbook back in (previewed, undoable)</source>
        <translation>讀回在匯出活頁簿中變更過的數字（先預覽，可復原）</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>匯出圖表(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the capex chart as a PNG or SVG image</source>
        <translation>將資本支出圖存成 PNG 或 SVG 圖檔</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Close CSP Desk</source>
        <translation>關閉 CSP Desk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>取消復原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About CSP Desk</source>
        <translation>關於 CSP Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Version and data sources</source>
        <translation>版本與資料來源</translation>
    </message>
    <message>
        <source>Show tab %1</source>
        <translation>顯示分頁 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Your preference order of the covered names</source>
        <translation>您對追蹤公司的偏好順序</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>財報記分卡</translation>
    </message>
    <message>
        <source>Actual vs consensus vs guidance per company and quarter</source>
        <translation>各公司各季度的實際值、市場共識與財測對照</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>資本支出</translation>
    </message>
    <message>
        <source>Capital expenditure per CSP on calendar quarters</source>
        <translation>各雲端業者依日曆季度的資本支出</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Targets, forecasts, supply chain and statements from the notes</source>
        <translation>報告中的目標價、預估、供應鏈與陳述</translation>
    </message>
    <message>
        <source>Open workspace: %1</source>
        <translation>開啟的工作區：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>The last change could not be written to the workspace and was not kept.</source>
        <translation>最後一項變更無法寫入工作區，因此沒有保留。</translation>
    </message>
    <message>
        <source>Every change is written to the workspace file as you make it.</source>
        <translation>每項變更都會在您操作時寫入工作區檔案。</translation>
    </message>
    <message>
        <source>Typing not saved yet (saved after a pause)</source>
        <translation>輸入內容尚未儲存（停頓後即儲存）</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有變更皆已儲存</translation>
    </message>
    <message>
        <source>All changes saved · Undo with %1</source>
        <translation>所有變更皆已儲存 · 按 %1 復原</translation>
    </message>
    <message>
        <source>CSP Desk workspace (*.cspdesk);;All files (*)</source>
        <translation>CSP Desk 工作區 (*.cspdesk);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>開啟工作區</translation>
    </message>
    <message>
        <source>That workspace is already open.</source>
        <translation>該工作區已經開啟。</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>無法開啟工作區</translation>
    </message>
    <message>
        <source>%1

The workspace that was open stays open.</source>
        <translation>%1

原本開啟的工作區維持開啟。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已開啟 %1</translation>
    </message>
    <message>
        <source>Save a Copy of the Workspace</source>
        <translation>另存工作區複本</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存複本</translation>
    </message>
    <message>
        <source>Choose another file: %1 is the open workspace.</source>
        <translation>請選擇其他檔案：%1 是目前開啟的工作區。</translation>
    </message>
    <message>
        <source>No copy was written.

%1</source>
        <translation>沒有寫入複本。

%1</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>已將複本儲存至 %1</translation>
    </message>
</context>
<context>
    <name>MarketCommands</name>
    <message>
        <source>Share price %1 %2 as of %3</source>
        <translation>股價 %1 %2（截至 %3）</translation>
    </message>
    <message>
        <source>Target price %1 %2 as of %3</source>
        <translation>目標價 %1 %2（截至 %3）</translation>
    </message>
</context>
<context>
    <name>MarketEntryDialog</name>
    <message>
        <source>Set Target Price and Rating</source>
        <translation>設定目標價與評等</translation>
    </message>
    <message>
        <source>Set Share Price</source>
        <translation>設定股價</translation>
    </message>
    <message>
        <source>e.g. 512.30</source>
        <translation>例如 512.30</translation>
    </message>
    <message>
        <source>e.g. OP; empty keeps the latest rating</source>
        <translation>例如 OP；空白則沿用最新評等</translation>
    </message>
    <message>
        <source>Entered by %1 (no note)</source>
        <translation>由 %1 輸入（無報告）</translation>
    </message>
    <message>
        <source>figure or page, e.g. Figure 1, p. 3</source>
        <translation>圖表或頁碼，例如 Figure 1、p. 3</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Target price (US$):</source>
        <translation>目標價（美元）(&amp;T)：</translation>
    </message>
    <message>
        <source>Share &amp;price (US$):</source>
        <translation>股價（美元）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>評等(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>資料來源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Where in the note:</source>
        <translation>報告中的位置(&amp;W)：</translation>
    </message>
    <message>
        <source>The target price</source>
        <translation>目標價</translation>
    </message>
    <message>
        <source>The share price</source>
        <translation>股價</translation>
    </message>
    <message>
        <source>%1 must be a number above zero.</source>
        <translation>%1 必須是大於零的數字。</translation>
    </message>
    <message>
        <source>A rating is a short word such as OP, Buy or Neutral.</source>
        <translation>評等是簡短的詞，例如 OP、Buy 或 Neutral。</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>January</source>
        <translation>1 月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2 月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3 月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4 月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5 月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6 月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7 月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8 月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9 月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10 月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11 月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12 月</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1 月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2 月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3 月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4 月</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short</comment>
        <translation>5 月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6 月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7 月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8 月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9 月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10 月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11 月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12 月</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 年 %1</translation>
    </message>
</context>
<context>
    <name>NewQuarterDialog</name>
    <message>
        <source>New Quarter</source>
        <translation>新增季度</translation>
    </message>
    <message>
        <source>e.g. F2Q26 (fiscal) or 4Q25 (calendar)</source>
        <translation>例如 F2Q26（會計季度）或 4Q25（日曆季度）</translation>
    </message>
    <message>
        <source>Add Quarter</source>
        <translation>新增季度</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>The company&apos;s standard scorecard lines are created empty, ready to fill. Undo removes the quarter again.</source>
        <translation>會建立該公司的標準財報記分卡項目（空白，待填入）。復原會再移除此季度。</translation>
    </message>
    <message>
        <source>No company with scorecard lines.</source>
        <translation>沒有任何公司設有財報記分卡項目。</translation>
    </message>
    <message>
        <source>Type a fiscal quarter (F2Q26) or a calendar quarter (4Q25).</source>
        <translation>請輸入會計季度（F2Q26）或日曆季度（4Q25）。</translation>
    </message>
    <message>
        <source>%1 already has %2.</source>
        <translation>%1 已有 %2。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: fiscal %2 (%6) is calendar %3 (%4&apos;s fiscal year ends in %5).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：會計季度 %2（%6）即日曆季度 %3（%4的會計年度於 %5結束）。</translation>
    </message>
</context>
<context>
    <name>NoteCitations</name>
    <message>
        <source>%1 entered figure</source>
        <translation>%1 個輸入數字</translation>
    </message>
    <message>
        <source>%1 forecast</source>
        <translation>%1 個預估</translation>
    </message>
    <message>
        <source>%1 target</source>
        <translation>%1 個目標價</translation>
    </message>
    <message>
        <source>%1 price</source>
        <translation>%1 個股價</translation>
    </message>
    <message>
        <source>%1 Figure 1 row</source>
        <translation>%1 列 Figure 1</translation>
    </message>
    <message>
        <source>%1 statement</source>
        <translation>%1 則陳述</translation>
    </message>
    <message>
        <source>%1 scorecard figure</source>
        <translation>%1 個記分卡數字</translation>
    </message>
    <message>
        <source>%1 scorecard figures</source>
        <translation>%1 個記分卡數字</translation>
    </message>
    <message>
        <source>%1 entered figures</source>
        <translation>%1 個輸入數字</translation>
    </message>
    <message>
        <source>%1 forecasts</source>
        <translation>%1 個預估</translation>
    </message>
    <message>
        <source>%1 targets</source>
        <translation>%1 個目標價</translation>
    </message>
    <message>
        <source>%1 prices</source>
        <translation>%1 個股價</translation>
    </message>
    <message>
        <source>%1 Figure 1 rows</source>
        <translation>%1 列 Figure 1</translation>
    </message>
    <message>
        <source>%1 statements</source>
        <translation>%1 則陳述</translation>
    </message>
    <message>
        <source>%1 supply-chain entry</source>
        <translation>%1 筆供應鏈</translation>
    </message>
    <message>
        <source>%1 supply-chain entries</source>
        <translation>%1 筆供應鏈</translation>
    </message>
    <message>
        <source>%1 cloud read</source>
        <translation>%1 則雲端解讀</translation>
    </message>
    <message>
        <source>%1 cloud reads</source>
        <translation>%1 則雲端解讀</translation>
    </message>
    <message>
        <source>%1 ranking reason</source>
        <translation>%1 則排名理由</translation>
    </message>
    <message>
        <source>%1 ranking reasons</source>
        <translation>%1 則排名理由</translation>
    </message>
    <message>
        <source>scorecard</source>
        <translation>記分卡數字</translation>
    </message>
    <message>
        <source>entered figure</source>
        <translation>輸入數字</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>預估</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標價</translation>
    </message>
    <message>
        <source>price</source>
        <translation>股價</translation>
    </message>
    <message>
        <source>Figure 1 row</source>
        <translation>Figure 1 列</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>陳述</translation>
    </message>
    <message>
        <source>supply chain</source>
        <translation>供應鏈</translation>
    </message>
    <message>
        <source>cloud read</source>
        <translation>雲端解讀</translation>
    </message>
    <message>
        <source>ranking reason</source>
        <translation>排名理由</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 target %2</source>
        <translation>%1 目標價 %2</translation>
    </message>
    <message>
        <source>%1 target %2 (%3)</source>
        <translation>%1 目標價 %2（%3）</translation>
    </message>
    <message>
        <source>%1 price %2</source>
        <translation>%1 股價 %2</translation>
    </message>
    <message>
        <source>%1 price %2 (%3)</source>
        <translation>%1 股價 %2（%3）</translation>
    </message>
    <message>
        <source>%1 rating, price, market cap, targets</source>
        <translation>%1 評等、股價、市值、目標價</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 supplier %2</source>
        <translation>%1 供應商 %2</translation>
    </message>
    <message>
        <source>preference order</source>
        <translation>偏好順序</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Add note: %1 %2</source>
        <translation>新增報告：%1 %2</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add Research Note</source>
        <translation>新增研究報告</translation>
    </message>
    <message>
        <source>e.g. KGI</source>
        <translation>例如 KGI</translation>
    </message>
    <message>
        <source>optional: the note&apos;s PDF, kept inside the workspace</source>
        <translation>選填：報告的 PDF，保存在工作區內</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>券商(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation>分析師(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>Attach the Note&apos;s File</source>
        <translation>附加報告檔案</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>A note needs its broker and its title.</source>
        <translation>報告需要券商與標題。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Stored in the workspace: select the note and press Open File</source>
        <translation>已儲存在工作區中：選取報告後按「開啟檔案」</translation>
    </message>
    <message>
        <source>The text file the seed was transcribed from (not stored)</source>
        <translation>建立種子資料時所轉錄的文字檔（未儲存於工作區）</translation>
    </message>
    <message>
        <source>Nothing in the workspace cites this note yet</source>
        <translation>工作區中尚無任何內容引用此報告</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 還有 %1 項</translation>
    </message>
    <message>
        <source>added by %1, %2</source>
        <translation>由 %1 新增，%2</translation>
    </message>
    <message>
        <source>seed data set</source>
        <translation>種子資料集</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>代號</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>券商</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析師</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>被引用於</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>新增報告(&amp;A)…</translation>
    </message>
    <message>
        <source>Record a research note (broker, date, title, analyst, its PDF)</source>
        <translation>記錄一份研究報告（券商、日期、標題、分析師及其 PDF）</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>開啟檔案(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected note&apos;s stored file with the system viewer</source>
        <translation>以系統檢視器開啟所選報告的儲存檔案</translation>
    </message>
    <message>
        <source>Every note in the workspace and what cites it (hover Cited by for the list). Files are kept inside the workspace, so they open offline. Research ▸ Add Note… (Ctrl+Shift+O) records one; its id is the source to give prices, targets and figures.</source>
        <translation>工作區中的每份報告及引用它的內容（將滑鼠移到「被引用於」可查看清單）。檔案保存在工作區內，因此可離線開啟。研究 ▸ 新增報告…（Ctrl+Shift+O）可記錄一份報告；其代號即為價格、目標價與數字的資料來源。</translation>
    </message>
    <message>
        <source>Opened %1 (a copy in %2)</source>
        <translation>已開啟 %1（複本位於 %2）</translation>
    </message>
</context>
<context>
    <name>NumberErrors</name>
    <message>
        <source>not a number: %1</source>
        <translation>不是數字：%1</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>a number is required</source>
        <translation>需要輸入數字</translation>
    </message>
    <message>
        <source>%1: use either parentheses or a minus sign, not both</source>
        <translation>%1：請使用括號或負號其中之一，不要同時使用</translation>
    </message>
    <message>
        <source>%1 is not a number (accepted: 1234, 1,234, (15), -15, 4.8, 4.8%)</source>
        <translation>%1 不是數字（可接受：1234、1,234、(15)、-15、4.8、4.8%）</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是數字</translation>
    </message>
    <message>
        <source>%1 is too large for a figure in US$ mn</source>
        <translation>%1 對以百萬美元計的數字而言過大</translation>
    </message>
</context>
<context>
    <name>PeriodErrors</name>
    <message>
        <source>quarter must be 1-4, not %1</source>
        <translation>季度必須是 1-4，不是 %1</translation>
    </message>
    <message>
        <source>year out of range: %1</source>
        <translation>年度超出範圍：%1</translation>
    </message>
    <message>
        <source>the fiscal year&apos;s end month must be 1-12, not %1</source>
        <translation>會計年度結束月份必須是 1-12，不是 %1</translation>
    </message>
    <message>
        <source>not a quarter label: %1 (expected e.g. F4Q25 or 2Q25)</source>
        <translation>不是季度標籤：%1（應為例如 F4Q25 或 2Q25）</translation>
    </message>
</context>
<context>
    <name>PresenceController</name>
    <message>
        <source>Back online: %1. Shown as it is now.</source>
        <translation>已恢復連線：%1。顯示目前內容。</translation>
    </message>
    <message>
        <source>Back online: the workspace is shown as it is now.</source>
        <translation>已恢復連線：工作區顯示目前內容。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>Offline: the workspace server cannot be reached. You see the workspace as it was at %1; edits are refused and nothing is queued. Reconnecting every %2 s…</source>
        <translation>離線：無法連線到工作區伺服器。您看到的是 %1 時的工作區；編輯將被拒絕，也不會排入佇列。每 %2 秒重新連線…</translation>
    </message>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>離線 — 重新連線中…</translation>
    </message>
    <message>
        <source>Read-only: you may read this workspace but not change it (your database role). Editing is off.</source>
        <translation>唯讀：您可以閱讀此工作區，但不能變更（依您的資料庫角色）。編輯已關閉。</translation>
    </message>
    <message>
        <source>Only for a workspace file: this workspace is on a server (%1).</source>
        <translation>僅適用於工作區檔案：此工作區位於伺服器上（%1）。</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>所有變更皆已儲存</translation>
    </message>
    <message>
        <source>Offline: nothing can be saved</source>
        <translation>離線：無法儲存任何內容</translation>
    </message>
    <message>
        <source>Read-only: nothing can be saved</source>
        <translation>唯讀：無法儲存任何內容</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>pasted block</source>
        <translation>貼上的區塊</translation>
    </message>
    <message>
        <source>Excel import %1</source>
        <translation>Excel 匯入 %1</translation>
    </message>
</context>
<context>
    <name>RankChart</name>
    <message>
        <source>Rank (1 = most preferred)</source>
        <translation>名次（1 = 最偏好）</translation>
    </message>
    <message>
        <source>Which snapshots the chart draws</source>
        <translation>圖表要繪製哪些快照</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <source>Solid lines join the saved snapshots; the dashed part leads to the current order, which is not saved as a snapshot yet. Right-click the chart to export it as an image.</source>
        <translation>實線連接已儲存的快照；虛線部分通往目前的排序，它尚未存成快照。在圖表上按右鍵可匯出為圖檔。</translation>
    </message>
    <message>
        <source>Now (unsaved)</source>
        <translation>目前（未儲存）</translation>
    </message>
    <message>
        <source>Rank (1 = top)</source>
        <translation>名次（1 = 最前）</translation>
    </message>
    <message>
        <source>Solid lines join the saved snapshots; the current order is the newest snapshot&apos;s. Right-click the chart to export it as an image.</source>
        <translation>實線連接已儲存的快照；目前的排序與最新快照相同。在圖表上按右鍵可匯出為圖檔。</translation>
    </message>
    <message>
        <source>Last %1 snapshots</source>
        <translation>最近 %1 個快照</translation>
    </message>
    <message>
        <source>All %1 snapshots (one in %2 drawn)</source>
        <translation>全部 %1 個快照（每 %2 個繪製一個）</translation>
    </message>
    <message>
        <source>The only snapshot</source>
        <translation>唯一一個快照</translation>
    </message>
    <message>
        <source>All %1 snapshots</source>
        <translation>全部 %1 個快照</translation>
    </message>
</context>
<context>
    <name>RankListModel</name>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>未提供日期</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 old (stale after %2)</source>
        <translation>已 %1（超過 %2即視為過時）</translation>
    </message>
    <message>
        <source>Upside: target %1 / share price %2 − 1 = %3</source>
        <translation>上檔空間：目標價 %1 / 股價 %2 − 1 = %3</translation>
    </message>
    <message>
        <source>Share price %1, %2 (%3)</source>
        <translation>股價 %1，%2（%3）</translation>
    </message>
    <message>
        <source>Target %1, %2 (%3)</source>
        <translation>目標價 %1，%2（%3）</translation>
    </message>
    <message>
        <source>Stale price: its date is not known (the source gives none)</source>
        <translation>股價過時：日期不明（資料來源未提供）</translation>
    </message>
    <message>
        <source>Stale price: %1</source>
        <translation>股價過時：%1</translation>
    </message>
    <message>
        <source>Printed in the note: %1 (%2)</source>
        <translation>報告所載：%1（%2）</translation>
    </message>
    <message>
        <source>Computed: KGI target %1 / share price %2 − 1 = %3</source>
        <translation>計算值：KGI 目標價 %1 / 股價 %2 − 1 = %3</translation>
    </message>
    <message>
        <source>As printed in the note (%1)</source>
        <translation>報告所載（%1）</translation>
    </message>
    <message>
        <source>No rationale yet: write one in the editor beside the list.</source>
        <translation>尚無理由：請在清單旁的編輯區撰寫。</translation>
    </message>
    <message>
        <source>entered by %1, %2</source>
        <translation>由 %1 輸入，%2</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新加入</translation>
    </message>
</context>
<context>
    <name>RankingCommands</name>
    <message>
        <source>Undid: %1</source>
        <translation>已復原：%1</translation>
    </message>
</context>
<context>
    <name>RankingErrors</name>
    <message>
        <source>duplicate tickers: %1</source>
        <translation>重複的股票代號：%1</translation>
    </message>
    <message>
        <source>not a permutation of the covered names: missing %1; not covered %2</source>
        <translation>不是追蹤名單的排列：缺少 %1；未追蹤 %2</translation>
    </message>
    <message>
        <source>not a permutation of the covered names: missing %1</source>
        <translation>不是追蹤名單的排列：缺少 %1</translation>
    </message>
    <message>
        <source>not a permutation of the covered names: not covered %1</source>
        <translation>不是追蹤名單的排列：未追蹤 %1</translation>
    </message>
    <message>
        <source>%1 is not in the ranking</source>
        <translation>%1 不在排名中</translation>
    </message>
    <message>
        <source>The snapshot date must look like 2025-08-01, not %1.</source>
        <translation>快照日期的格式須如 2025-08-01，而非 %1。</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Original (中文)</source>
        <translation>原文（中文）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新加入</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已變更</translation>
    </message>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之後</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>變動</translation>
    </message>
    <message>
        <source>▲ up, ▼ down, = same place</source>
        <translation>▲ 上升，▼ 下降，= 名次不變</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Rationale before</source>
        <translation>先前的理由</translation>
    </message>
    <message>
        <source>Rationale after</source>
        <translation>之後的理由</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>升級</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>財報記分卡</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>追蹤名單</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Share price</source>
        <translation>股價</translation>
    </message>
    <message>
        <source>Target price</source>
        <translation>目標價</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Research note</source>
        <translation>研究報告</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>預估</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>陳述</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>時間（本機時間）</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Recorded before authors were kept</source>
        <translation>記錄於開始保存作者之前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>KGI rating</source>
        <translation>KGI 評等</translation>
    </message>
    <message>
        <source>Upside (calc.)</source>
        <translation>上檔空間（計算）</translation>
    </message>
    <message>
        <source>Since snapshot</source>
        <translation>快照以來</translation>
    </message>
    <message>
        <source>Rationale (first line)</source>
        <translation>理由（第一行）</translation>
    </message>
    <message>
        <source>KGI&apos;s rating in the latest note (OP = Outperform); empty where the notes give none</source>
        <translation>KGI 在最新報告中的評等（OP = 優於大盤）；報告未提供時留空</translation>
    </message>
    <message>
        <source>Computed: the latest target price / the latest share price − 1 (hover for both dates). ⚠ in amber: the price is stale or its date unknown. Empty where no target or price is recorded.</source>
        <translation>計算值：最新目標價 / 最新股價 − 1（將滑鼠移到上方可查看兩者日期）。琥珀色 ⚠：股價過時或日期不明。未記錄目標價或股價時留空。</translation>
    </message>
    <message>
        <source>Preference order</source>
        <translation>偏好順序</translation>
    </message>
    <message>
        <source>Add name…</source>
        <translation>新增公司…</translation>
    </message>
    <message>
        <source>Cover another company; it joins the bottom of the ranking</source>
        <translation>追蹤另一家公司；它會排在排名的最後</translation>
    </message>
    <message>
        <source>Remove name…</source>
        <translation>移除公司…</translation>
    </message>
    <message>
        <source>Stop covering the selected company (asks first; undoable)</source>
        <translation>停止追蹤所選公司（會先詢問；可復原）</translation>
    </message>
    <message>
        <source>⤒ Top</source>
        <translation>⤒ 最前</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ 上移</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ 下移</translation>
    </message>
    <message>
        <source>⤓ Bottom</source>
        <translation>⤓ 最後</translation>
    </message>
    <message>
        <source>Move the selected name (%1 in the list; or drag it)</source>
        <translation>移動所選公司（在清單中按 %1；或直接拖曳）</translation>
    </message>
    <message>
        <source>Save snapshot…</source>
        <translation>儲存快照…</translation>
    </message>
    <message>
        <source>Record the current order with a label, a date and a note</source>
        <translation>以標籤、日期與備註記錄目前的排序</translation>
    </message>
    <message>
        <source>Places moved since the latest snapshot (%1): ▲ up, ▼ down, = same place, new: not in it</source>
        <translation>自最新快照（%1）以來的名次變動：▲ 上升，▼ 下降，= 名次不變，新加入：不在該快照中</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚無</translation>
    </message>
    <message>
        <source>No snapshot yet: “Save snapshot…” records the order, and the moves since then show here.</source>
        <translation>尚無快照：「儲存快照…」會記錄排序，之後的名次變動會顯示在這裡。</translation>
    </message>
    <message>
        <source>Drag a name, or select it and press Ctrl+↑ / Ctrl+↓ (Ctrl+Home / Ctrl+End: top / bottom). Since snapshot: places moved since “%1”. Upside in italics is computed (latest target / latest price − 1); hover it for both dates and the printed figure; ⚠ in amber: the price is stale.</source>
        <translation>拖曳公司，或選取後按 Ctrl+↑ / Ctrl+↓（Ctrl+Home / Ctrl+End：最前 / 最後）。快照以來：自「%1」以來的名次變動。斜體的上檔空間為計算值（最新目標價 / 最新股價 − 1）；將滑鼠移到上方可查看兩者日期與報告所載數字；琥珀色 ⚠：股價過時。</translation>
    </message>
    <message>
        <source>%1 changed %2&apos;s rationale at %3</source>
        <translation>%1 於 %3 變更了 %2 的理由</translation>
    </message>
    <message>
        <source>Your unsaved rationale for %1 was not saved (someone else had changed it); it is on the clipboard.</source>
        <translation>您對 %1 尚未儲存的理由未被儲存（他人已先變更）；內容已放在剪貼簿中。</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3</source>
        <translation>將 %1 從第 %2 名移到第 %3 名</translation>
    </message>
    <message>
        <source>Edit the rationale of %1</source>
        <translation>編輯 %1 的理由</translation>
    </message>
    <message>
        <source>A name needs a ticker.</source>
        <translation>公司需要股票代號。</translation>
    </message>
    <message>
        <source>%1 is already covered.</source>
        <translation>%1 已在追蹤名單中。</translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation>%1 需要名稱。</translation>
    </message>
    <message>
        <source>Add Name</source>
        <translation>新增公司</translation>
    </message>
    <message>
        <source>Add %1 (%2)</source>
        <translation>新增 %1（%2）</translation>
    </message>
    <message>
        <source>Remove Name</source>
        <translation>移除公司</translation>
    </message>
    <message>
        <source>%1 is the only name in the ranking; the ranking needs at least one.</source>
        <translation>%1 是排名中唯一的公司；排名至少需要一家公司。</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the coverage?

It leaves the ranking; its figures and snapshots stay. Undo (Ctrl+Z) puts it back.</source>
        <translation>要將 %1（%2）從追蹤名單中移除嗎？

它會離開排名；其數字與快照會保留。復原（Ctrl+Z）可將它放回。</translation>
    </message>
    <message>
        <source>Remove %1 (%2)</source>
        <translation>移除 %1（%2）</translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation>儲存快照</translation>
    </message>
    <message>
        <source>A snapshot needs a label.</source>
        <translation>快照需要標籤。</translation>
    </message>
    <message>
        <source>Save snapshot “%1”</source>
        <translation>儲存快照「%1」</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>Outperform</source>
        <translation>優於大盤</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Underperform</source>
        <translation>劣於大盤</translation>
    </message>
</context>
<context>
    <name>RationaleEditor</name>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Why this name is in this place: the thesis, what would change your mind… Saved as you type.</source>
        <translation>這家公司為何排在這個位置：投資論點、什麼會讓您改變看法… 輸入時即自動儲存。</translation>
    </message>
    <message>
        <source>Saved as you type; Ctrl+Z undoes a whole burst of typing.</source>
        <translation>輸入時即自動儲存；Ctrl+Z 會復原一整段連續輸入。</translation>
    </message>
    <message>
        <source>For reference only: the note&apos;s text is not changed.</source>
        <translation>僅供參考：不會更動報告的文字。</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>採用對方版本</translation>
    </message>
    <message>
        <source>Replace your unsaved typing with their version</source>
        <translation>以對方版本取代您尚未儲存的輸入</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Save your text over theirs (undoable)</source>
        <translation>以您的文字覆寫對方版本（可復原）</translation>
    </message>
    <message>
        <source>%1 while you were typing. Your text is kept here and not saved yet; their version:</source>
        <translation>您輸入時，%1。您的文字保留在此、尚未儲存；對方版本：</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>Select a name in the list to write why it has its place.</source>
        <translation>在清單中選取一家公司，寫下它排在該位置的理由。</translation>
    </message>
    <message>
        <source>, rank %1</source>
        <translation>，第 %1 名</translation>
    </message>
    <message>
        <source>Rationale: %1 (%2)%3</source>
        <translation>理由：%1（%2）%3</translation>
    </message>
    <message>
        <source>The notes&apos; reason</source>
        <translation>報告的理由</translation>
    </message>
    <message>
        <source>No broker note gives a reason for %1.</source>
        <translation>沒有券商報告提供 %1 的理由。</translation>
    </message>
    <message>
        <source>The note&apos;s reason (%1, rank %2)</source>
        <translation>報告的理由（%1，第 %2 名）</translation>
    </message>
    <message>
        <source>The note gives no reason.</source>
        <translation>報告沒有提供理由。</translation>
    </message>
    <message>
        <source>Unsaved rationale</source>
        <translation>未儲存的理由</translation>
    </message>
    <message>
        <source>Your text for this rationale is not saved: someone else changed it while you were typing. Close anyway and drop your text?</source>
        <translation>您對此理由的文字尚未儲存：您輸入時他人已變更。仍要關閉並捨棄您的文字嗎？</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>匯出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Write the two-page tear sheet (order, changes, capex, scorecards) as a PDF</source>
        <translation>將兩頁摘要報告（排名、變動、資本支出、財報記分卡）寫成 PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the two-page tear sheet</source>
        <translation>列印兩頁摘要報告</translation>
    </message>
    <message>
        <source>Tear Sheet Paper Si&amp;ze</source>
        <translation>摘要報告紙張大小(&amp;Z)</translation>
    </message>
    <message>
        <source>A4 (landscape)</source>
        <translation>A4（橫向）</translation>
    </message>
    <message>
        <source>Letter (landscape)</source>
        <translation>Letter（橫向）</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a file of the open workspace. Nothing was written.</source>
        <translation>無法寫入 %1：它是已開啟工作區的檔案。未寫入任何內容。</translation>
    </message>
    <message>
        <source>Tear sheet written to %1</source>
        <translation>摘要報告已寫入 %1</translation>
    </message>
    <message>
        <source>Print the tear sheet</source>
        <translation>列印摘要報告</translation>
    </message>
</context>
<context>
    <name>ResearchActions</name>
    <message>
        <source>&amp;Research</source>
        <translation>研究(&amp;R)</translation>
    </message>
    <message>
        <source>Set Share &amp;Price…</source>
        <translation>設定股價(&amp;P)…</translation>
    </message>
    <message>
        <source>Record a share price with its as-of date and source (undoable)</source>
        <translation>記錄股價及其截至日期與資料來源（可復原）</translation>
    </message>
    <message>
        <source>Set &amp;Target Price and Rating…</source>
        <translation>設定目標價與評等(&amp;T)…</translation>
    </message>
    <message>
        <source>Record a target price and rating with their date and source (undoable)</source>
        <translation>記錄目標價與評等及其日期與資料來源（可復原）</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>新增報告(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a research note: broker, date, title, analyst and its file (undoable)</source>
        <translation>記錄一份研究報告：券商、日期、標題、分析師及其檔案（可復原）</translation>
    </message>
    <message>
        <source>Show N&amp;otes</source>
        <translation>顯示報告(&amp;O)</translation>
    </message>
    <message>
        <source>The list of research notes and what cites each</source>
        <translation>研究報告清單及引用各報告的內容</translation>
    </message>
    <message>
        <source>Add or Change a &amp;Forecast…</source>
        <translation>新增或變更預估(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a Figure 1 forecast or change one, with its source (undoable)</source>
        <translation>新增或變更 Figure 1 的預估，並附資料來源（可復原）</translation>
    </message>
    <message>
        <source>Add a Stat&amp;ement…</source>
        <translation>新增陳述(&amp;E)…</translation>
    </message>
    <message>
        <source>Record a point a note makes (or your own), with its source (undoable)</source>
        <translation>記錄報告提出的論點（或您自己的），並附資料來源（可復原）</translation>
    </message>
    <message>
        <source>Price &amp;Stale After…</source>
        <translation>股價過時天數(&amp;S)…</translation>
    </message>
    <message>
        <source>How many days before a share price is marked stale wherever upside is shown</source>
        <translation>股價超過幾天後，在所有顯示上檔空間之處標示為過時</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <source>Saved: note %1 (%2)</source>
        <translation>已儲存：報告 %1（%2）</translation>
    </message>
    <message>
        <source>Price Stale After</source>
        <translation>股價過時天數</translation>
    </message>
    <message>
        <source>Mark a share price stale after this many days:</source>
        <translation>股價超過以下天數即標示為過時：</translation>
    </message>
    <message>
        <source>Prices older than %1 are marked stale</source>
        <translation>超過 %1的股價會標示為過時</translation>
    </message>
</context>
<context>
    <name>ResearchCommands</name>
    <message>
        <source>Forecast %1 %2 %3: %4</source>
        <translation>預估 %1 %2 %3：%4</translation>
    </message>
    <message>
        <source>Add statement: %1</source>
        <translation>新增陳述：%1</translation>
    </message>
    <message>
        <source>Edit statement: %1</source>
        <translation>編輯陳述：%1</translation>
    </message>
</context>
<context>
    <name>ResearchModels</name>
    <message>
        <source>Sector</source>
        <translation>產業</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>%1: not computed (a figure is missing)</source>
        <translation>%1：無法計算（缺少數字）</translation>
    </message>
    <message>
        <source>Printed %1: differs beyond rounding</source>
        <translation>報告所載 %1：差異超出四捨五入範圍</translation>
    </message>
    <message>
        <source>Printed %1: agrees after rounding</source>
        <translation>報告所載 %1：四捨五入後一致</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Share price as printed in Figure 1</source>
        <translation>Figure 1 所載股價</translation>
    </message>
    <message>
        <source>Latest share price %1, %2 (%3). Figure 1 printed %4.</source>
        <translation>最新股價 %1，%2（%3）。Figure 1 所載為 %4。</translation>
    </message>
    <message>
        <source>Stale: the date of this price is not known.</source>
        <translation>過時：此股價的日期不明。</translation>
    </message>
    <message>
        <source>Stale: %1.</source>
        <translation>過時：%1。</translation>
    </message>
    <message>
        <source>Figure 1</source>
        <translation>Figure 1</translation>
    </message>
    <message>
        <source>Upside: target / share price − 1</source>
        <translation>上檔空間：目標價 / 股價 − 1</translation>
    </message>
    <message>
        <source>Target change: new / old − 1</source>
        <translation>目標價調幅：新 / 舊 − 1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評等</translation>
    </message>
    <message>
        <source>KGI rating as printed: %1</source>
        <translation>KGI 評等（報告所載）：%1</translation>
    </message>
    <message>
        <source>Price (US$)</source>
        <translation>股價（美元）</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>股價日期</translation>
    </message>
    <message>
        <source>The date the share price is as of; ⚠ stale</source>
        <translation>股價的截至日期；⚠ 過時</translation>
    </message>
    <message>
        <source>Mkt cap (US$bn)</source>
        <translation>市值（十億美元）</translation>
    </message>
    <message>
        <source>Target old → new (US$)</source>
        <translation>目標價 舊 → 新（美元）</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>計算值</translation>
    </message>
    <message>
        <source>New target / old target − 1, computed</source>
        <translation>新目標價 / 舊目標價 − 1，計算值</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>報告所載</translation>
    </message>
    <message>
        <source>Target change as printed in Figure 1</source>
        <translation>Figure 1 所載的目標價調幅</translation>
    </message>
    <message>
        <source>Latest target price / latest share price − 1, computed</source>
        <translation>最新目標價 / 最新股價 − 1，計算值</translation>
    </message>
    <message>
        <source>Upside as printed in Figure 1</source>
        <translation>Figure 1 所載的上檔空間</translation>
    </message>
    <message>
        <source>Valuation (new)</source>
        <translation>評價（新）</translation>
    </message>
    <message>
        <source>Valuation (old)</source>
        <translation>評價（舊）</translation>
    </message>
    <message>
        <source>Target change</source>
        <translation>目標價調幅</translation>
    </message>
    <message>
        <source>Upside</source>
        <translation>上檔空間</translation>
    </message>
    <message>
        <source>KGI forecast</source>
        <translation>KGI 預估</translation>
    </message>
    <message>
        <source>Year 1</source>
        <translation>第 1 年</translation>
    </message>
    <message>
        <source>Year 2</source>
        <translation>第 2 年</translation>
    </message>
    <message>
        <source>entered by %1, %2</source>
        <translation>由 %1 輸入，%2</translation>
    </message>
    <message>
        <source>%1 (FY ends %2)</source>
        <translation>%1（會計年度於 %2結束）</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>預估</translation>
    </message>
    <message>
        <source>change vs the previous forecast, as printed</source>
        <translation>相對前次預估的變動（報告所載）</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>預估</translation>
    </message>
    <message>
        <source>Chg. vs previous (%)</source>
        <translation>相對前次變動（%）</translation>
    </message>
    <message>
        <source>CSP</source>
        <translation>雲端業者</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>股票代號</translation>
    </message>
    <message>
        <source>Company (中文)</source>
        <translation>公司（中文）</translation>
    </message>
    <message>
        <source>Company (English)</source>
        <translation>公司（英文）</translation>
    </message>
    <message>
        <source>English names are our rendering; the notes print the Chinese</source>
        <translation>英文名稱為本軟體所譯；報告刊載的是中文名稱</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析師</translation>
    </message>
    <message>
        <source>Target (NT$)</source>
        <translation>目標價（新台幣）</translation>
    </message>
    <message>
        <source>Rev. share (%)</source>
        <translation>營收占比（%）</translation>
    </message>
    <message>
        <source>Share of the supplier&apos;s revenue, as printed (e.g. &lt;10, 40-50)</source>
        <translation>占供應商營收的比重（報告所載，例如 &lt;10、40-50）</translation>
    </message>
    <message>
        <source>Product / service</source>
        <translation>產品 / 服務</translation>
    </message>
    <message>
        <source>Also supplies</source>
        <translation>亦供貨給</translation>
    </message>
    <message>
        <source>The other CSP lists that name the same supplier</source>
        <translation>列有同一供應商的其他雲端業者清單</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>陳述</translation>
    </message>
    <message>
        <source>Original (中文)</source>
        <translation>原文（中文）</translation>
    </message>
    <message>
        <source>As written in the note</source>
        <translation>報告原文</translation>
    </message>
</context>
<context>
    <name>ResearchTab</name>
    <message>
        <source>Ratings and target prices</source>
        <translation>評等與目標價</translation>
    </message>
    <message>
        <source>No target prices in the workspace.</source>
        <translation>工作區中沒有目標價。</translation>
    </message>
    <message>
        <source>Upside = the latest target / the latest share price − 1 and target change = new / old − 1 are computed; the printed figures stand beside them in italic (an amber corner if they disagree beyond rounding). ⚠: the price is stale or its date unknown. OP = Outperform. Research ▸ Set Share Price… records a new price.</source>
        <translation>上檔空間 = 最新目標價 / 最新股價 − 1，目標價調幅 = 新 / 舊 − 1，皆為計算值；報告所載數字以斜體並列其旁（若差異超出四捨五入範圍，會標上琥珀色角標）。⚠：股價過時或日期不明。OP = 優於大盤。研究 ▸ 設定股價… 可記錄新股價。</translation>
    </message>
    <message>
        <source>KGI forecasts</source>
        <translation>KGI 預估</translation>
    </message>
    <message>
        <source>No forecasts in the workspace.</source>
        <translation>工作區中沒有預估。</translation>
    </message>
    <message>
        <source>As in Figure 1: each company&apos;s two forecast years, and the change against KGI&apos;s previous forecast as printed.</source>
        <translation>同 Figure 1：各公司的兩個預估年度，以及相對 KGI 前次預估的變動（報告所載）。</translation>
    </message>
    <message>
        <source>Targets &amp;&amp; forecasts (Figure 1)</source>
        <translation>目標價與預估（Figure 1）</translation>
    </message>
    <message>
        <source>Taiwan supply chain (Figures 4–5)</source>
        <translation>台灣供應鏈（Figures 4–5）</translation>
    </message>
    <message>
        <source>Risks &amp;&amp; points</source>
        <translation>風險與重點</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>報告</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring replaces the whole workspace with the backup; the current state is backed up first (“Before restore”), so restoring that one undoes it.</source>
        <translation>%1 的備份，由新到舊。還原會以備份取代整個工作區；會先備份目前狀態（「還原前」），因此還原該備份即可復原。</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>資料夾：%1</translation>
    </message>
    <message>
        <source>There are no backups yet. CSP Desk makes one at most every 30 minutes while you work, and when you close the window.</source>
        <translation>目前還沒有備份。CSP Desk 在您工作期間最多每 30 分鐘備份一次，關閉視窗時也會備份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
</context>
<context>
    <name>SaveAlert</name>
    <message>
        <source>%1

The change was not kept: the workspace still holds everything saved before it. Free some disk space (or fix the problem above), then make the change again.</source>
        <translation>%1

這項變更沒有保留：工作區仍保有在此之前儲存的所有內容。請釋出一些磁碟空間（或解決上述問題），然後再操作一次。</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>變更未儲存</translation>
    </message>
</context>
<context>
    <name>ScorecardCommands</name>
    <message>
        <source>empty</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Edit %1: %2 → %3</source>
        <translation>編輯 %1：%2 → %3</translation>
    </message>
    <message>
        <source>New quarter %1 %2</source>
        <translation>新增季度 %1 %2</translation>
    </message>
    <message>
        <source>Paste %1 figures (%2)</source>
        <translation>貼上 %1 個數字（%2）</translation>
    </message>
    <message>
        <source>Paste 1 figure (%2)</source>
        <translation>貼上 1 個數字（%2）</translation>
    </message>
</context>
<context>
    <name>ScorecardDelegate</name>
    <message>
        <source>empty</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Accepted: 1234, 1,234, (15), -15, 4.8, 4.8%; empty clears the figure</source>
        <translation>可接受：1234、1,234、(15)、-15、4.8、4.8%；空白會清除數字</translation>
    </message>
</context>
<context>
    <name>ScorecardLegend</name>
    <message>
        <source>Beat</source>
        <translation>優於預期</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>低於預期</translation>
    </message>
    <message>
        <source>vs consensus / guidance by the line&apos;s direction (a tax rate above is a miss)</source>
        <translation>依項目方向比較共識 / 財測（稅率高於預期算是低於預期）</translation>
    </message>
    <message>
        <source>in line (±%1% or ±%2 ppt) and capex: not coloured</source>
        <translation>符合預期（±%1% 或 ±%2 個百分點）與資本支出：不上色</translation>
    </message>
    <message>
        <source>italic</source>
        <translation>斜體</translation>
    </message>
    <message>
        <source>= printed in the note</source>
        <translation>= 報告所載</translation>
    </message>
    <message>
        <source>printed ≠ computed</source>
        <translation>報告所載 ≠ 計算值</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <source>= derived margin</source>
        <translation>= 推算的利潤率</translation>
    </message>
    <message>
        <source>Green / red: the figure beat / missed consensus or guidance, judged by the line&apos;s direction (revenue up is good, a tax rate up is not).</source>
        <translation>綠 / 紅：依項目方向判斷，數字優於 / 低於共識或財測（營收上升為佳，稅率上升則否）。</translation>
    </message>
    <message>
        <source>In line: within ±%1% for amounts, ±%2 ppt for rates; not coloured.</source>
        <translation>符合預期：金額在 ±%1% 以內、比率在 ±%2 個百分點以內；不上色。</translation>
    </message>
    <message>
        <source>Capex is neutral: above or below consensus is shown, never coloured good or bad.</source>
        <translation>資本支出為中性：顯示高於或低於共識，但不以好壞上色。</translation>
    </message>
    <message>
        <source>Italic: the note&apos;s printed figure, shown because its inputs are not in the workspace (or only the note&apos;s unrounded inputs give it).</source>
        <translation>斜體：報告所載數字，因工作區中沒有其計算依據（或只有報告未經四捨五入的依據才能得出）而直接顯示。</translation>
    </message>
    <message>
        <source>Amber corner: the printed figure and the one computed from the figures differ beyond rounding; the cell shows the computed one, the tooltip both.</source>
        <translation>琥珀色角標：報告所載數字與由各數字計算所得的數字差異超出四捨五入範圍；儲存格顯示計算值，提示文字則兩者並列。</translation>
    </message>
    <message>
        <source>Blue: a margin or rate derived from its amount lines because none is stored.</source>
        <translation>藍色：因未儲存利潤率或比率，而由其金額項目推算。</translation>
    </message>
</context>
<context>
    <name>ScorecardLines</name>
    <message>
        <source>Revenue</source>
        <translation>營收</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Operating income</source>
        <translation>營業利益</translation>
    </message>
    <message>
        <source>Pretax income</source>
        <translation>稅前淨利</translation>
    </message>
    <message>
        <source>Tax (GAAP)</source>
        <translation>所得稅 (GAAP)</translation>
    </message>
    <message>
        <source>Net income</source>
        <translation>淨利</translation>
    </message>
    <message>
        <source>EPS (US$)</source>
        <translation>每股盈餘 (美元)</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>資本支出</translation>
    </message>
    <message>
        <source>Capex (incl. finance leases)</source>
        <translation>資本支出 (含融資租賃)</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Operating margin</source>
        <translation>營業利益率</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>稅率</translation>
    </message>
    <message>
        <source>Net margin</source>
        <translation>淨利率</translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <source>Line</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>市場共識</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>YoY</source>
        <translation>年增率</translation>
    </message>
    <message>
        <source>QoQ</source>
        <translation>季增率</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>財測</translation>
    </message>
    <message>
        <source>vs guidance</source>
        <translation>相對財測</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>%1 outlook</source>
        <translation>%1 展望</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 財報結果</translation>
    </message>
    <message>
        <source>Printed as: %1</source>
        <translation>報告所載名稱：%1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>單位：%1</translation>
    </message>
    <message>
        <source>US$mn</source>
        <translation>百萬美元</translation>
    </message>
    <message>
        <source>Amounts in US$ millions, EPS in US$, rates in %</source>
        <translation>金額以百萬美元計，EPS 以美元計，比率以 % 計</translation>
    </message>
    <message>
        <source>Note and line of the text file the figures were transcribed from</source>
        <translation>轉錄這些數字的文字檔中的報告與行號</translation>
    </message>
    <message>
        <source> (percent for amounts, percentage points for rates)</source>
        <translation>（金額以百分比計，比率以百分點計）</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Not saved: %1. %2 stays %3.</source>
        <translation>未儲存：%1。%2 維持為 %3。</translation>
    </message>
</context>
<context>
    <name>ScorecardPaste</name>
    <message>
        <source>section title “%1”</source>
        <translation>區段標題「%1」</translation>
    </message>
    <message>
        <source>%1 (row %2, column %3 of the pasted block)</source>
        <translation>%1（所貼區塊的第 %2 列、第 %3 欄）</translation>
    </message>
    <message>
        <source>Nothing to paste: the clipboard holds no cells.</source>
        <translation>沒有可貼上的內容：剪貼簿中沒有儲存格。</translation>
    </message>
    <message>
        <source>The pasted block (%1 rows × %2 columns) does not fit the grid from the current cell; select the cell for its top-left corner.</source>
        <translation>所貼區塊（%1 列 × %2 欄）從目前儲存格起放不進表格；請選取作為左上角的儲存格。</translation>
    </message>
    <message>
        <source>Not pasted: %1 is not an editable figure (only Actual, Consensus and Guidance are; leave the other cells of the block empty).</source>
        <translation>未貼上：%1 不是可編輯的數字（只有實際值、市場共識與財測可以編輯；區塊中的其他儲存格請留空）。</translation>
    </message>
    <message>
        <source>Not pasted: %1: %2. Nothing was changed.</source>
        <translation>未貼上：%1：%2。沒有變更任何內容。</translation>
    </message>
</context>
<context>
    <name>ScorecardSections</name>
    <message>
        <source>Revenue and segments</source>
        <translation>營收與部門</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>關鍵指標</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>獲利</translation>
    </message>
    <message>
        <source>Segment operating income</source>
        <translation>部門營業利益</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>盈餘</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>資本支出</translation>
    </message>
    <message>
        <source>Margins and rates</source>
        <translation>利潤率與比率</translation>
    </message>
    <message>
        <source>Segment margins</source>
        <translation>部門利潤率</translation>
    </message>
    <message>
        <source>Tax and net margin</source>
        <translation>稅率與淨利率</translation>
    </message>
    <message>
        <source>By market (Retail &amp; Other)</source>
        <translation>依市場（零售及其他）</translation>
    </message>
</context>
<context>
    <name>ScorecardTooltips</name>
    <message>
        <source>actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>共識</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>財測</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>市場共識</translation>
    </message>
    <message>
        <source>Guidance (midpoint)</source>
        <translation>財測（中間值）</translation>
    </message>
    <message>
        <source>Actual vs consensus</source>
        <translation>實際相對共識</translation>
    </message>
    <message>
        <source>Actual vs guidance</source>
        <translation>實際相對財測</translation>
    </message>
    <message>
        <source>Actual YoY</source>
        <translation>實際年增率</translation>
    </message>
    <message>
        <source>Actual QoQ</source>
        <translation>實際季增率</translation>
    </message>
    <message>
        <source>Next-quarter guidance (midpoint)</source>
        <translation>下一季財測（中間值）</translation>
    </message>
    <message>
        <source>Next-quarter consensus</source>
        <translation>下一季共識</translation>
    </message>
    <message>
        <source>Guidance vs consensus</source>
        <translation>財測相對共識</translation>
    </message>
    <message>
        <source>Guidance vs this quarter&apos;s actual (QoQ)</source>
        <translation>財測相對本季實際值（季增率）</translation>
    </message>
    <message>
        <source>Guidance vs the actual a year earlier (YoY)</source>
        <translation>財測相對去年同期實際值（年增率）</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>neutral line: shown, not judged good or bad</source>
        <translation>中性項目：顯示但不判斷好壞</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>優於預期</translation>
    </message>
    <message>
        <source>Miss</source>
        <translation>低於預期</translation>
    </message>
    <message>
        <source>In line</source>
        <translation>符合預期</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>高於</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>低於</translation>
    </message>
    <message>
        <source>±%1 ppt</source>
        <translation>±%1 個百分點</translation>
    </message>
    <message>
        <source>±%1%</source>
        <translation>±%1%</translation>
    </message>
    <message>
        <source>%1 (%2; in line within %3)</source>
        <translation>%1（%2；%3 以內為符合預期）</translation>
    </message>
    <message>
        <source>Source of this figure: %1</source>
        <translation>此數字的資料來源：%1</translation>
    </message>
    <message>
        <source>Entered by %1, %2</source>
        <translation>由 %1 輸入，%2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1 · %2 · line %3</source>
        <translation>%1 · %2 · 第 %3 行</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1（%2：%3）</translation>
    </message>
    <message>
        <source>The line was transcribed from: %1</source>
        <translation>此項目轉錄自：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>資料來源：%1</translation>
    </message>
    <message>
        <source>Remark: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <source>Double-click or start typing to edit. Accepted: 1234, 1,234, (15), -15, 4.8, 4.8%; empty clears the figure.</source>
        <translation>按兩下或直接輸入即可編輯。可接受：1234、1,234、(15)、-15、4.8、4.8%；空白會清除數字。</translation>
    </message>
    <message>
        <source>Derived (nothing stored): %1 / %2</source>
        <translation>推算值（未儲存）：%1 / %2</translation>
    </message>
    <message>
        <source>No figure: the note gives none.</source>
        <translation>無數字：報告沒有提供。</translation>
    </message>
    <message>
        <source>Stored figure: %1</source>
        <translation>儲存的數字：%1</translation>
    </message>
    <message>
        <source>Stored figure: %1 (%2)</source>
        <translation>儲存的數字：%1（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check:&lt;/b&gt; %1 / %2 gives %3, not the stored %4. Clear the stored figure to derive it from the amounts.</source>
        <translation>&lt;b&gt;檢查：&lt;/b&gt;%1 / %2 得出 %3，而非儲存的 %4。清除儲存的數字即可由金額推算。</translation>
    </message>
    <message>
        <source>Agrees with %1</source>
        <translation>與 %1 一致</translation>
    </message>
    <message>
        <source>Formula: %1 − %2, in percentage points</source>
        <translation>公式：%1 − %2，以百分點計</translation>
    </message>
    <message>
        <source>Formula: %1 / %2 − 1</source>
        <translation>公式：%1 / %2 − 1</translation>
    </message>
    <message>
        <source>n.m. (not meaningful): the base %1 is zero or below, so a percent change means nothing. Difference: %2.</source>
        <translation>n.m.（無意義）：基期 %1 為零或負值，百分比變動沒有意義。差額：%2。</translation>
    </message>
    <message>
        <source>Printed in the note: %1</source>
        <translation>報告所載：%1</translation>
    </message>
    <message>
        <source>%1, by the sign of the difference (%2)</source>
        <translation>%1，依差額的正負判斷（%2）</translation>
    </message>
    <message>
        <source>Printed in the note: %1 (agrees after rounding)</source>
        <translation>報告所載：%1（四捨五入後一致）</translation>
    </message>
    <message>
        <source>Shown as printed: %1. The note worked from unrounded figures; inputs that round to the printed ones can give it, so the difference is rounding, not an error.</source>
        <translation>依報告所載顯示：%1。報告以未四捨五入的數字計算；四捨五入後與所載數字相同的輸入值可得出此數，差異來自四捨五入，並非錯誤。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Printed in the note: %1; computed %2.&lt;/b&gt; They differ beyond rounding: the cell shows the computed figure.</source>
        <translation>&lt;b&gt;報告所載：%1；計算值 %2。&lt;/b&gt;兩者差異超出四捨五入範圍：儲存格顯示計算值。</translation>
    </message>
    <message>
        <source>As printed in the note (italic). Not computed: the workspace has no %1.</source>
        <translation>報告所載（斜體）。未計算：工作區中沒有 %1。</translation>
    </message>
    <message>
        <source>Empty: no %1, and the note prints no figure.</source>
        <translation>空白：沒有 %1，報告也未載任何數字。</translation>
    </message>
</context>
<context>
    <name>ScorecardsTab</name>
    <message>
        <source>Add Co&amp;mpany…</source>
        <translation>新增公司(&amp;M)…</translation>
    </message>
    <message>
        <source>Cover a new company: ticker, names, fiscal year end, cloud segment (it joins the bottom of the ranking)</source>
        <translation>追蹤一家新公司：股票代號、名稱、會計年度結束月份、雲端部門（會排在排名的最後）</translation>
    </message>
    <message>
        <source>&amp;Lines…</source>
        <translation>項目(&amp;L)…</translation>
    </message>
    <message>
        <source>Add, rename, reorder or remove this company&apos;s scorecard lines, or start from another company&apos;s</source>
        <translation>新增、重新命名、重新排列或移除此公司的財報記分卡項目，或以另一家公司的項目為起點</translation>
    </message>
    <message>
        <source>Quarter: fiscal · calendar where they differ</source>
        <translation>季度：會計季度 · 日曆季度（兩者不同時）</translation>
    </message>
    <message>
        <source>&amp;New Quarter…</source>
        <translation>新增季度(&amp;N)…</translation>
    </message>
    <message>
        <source>New Quarter…</source>
        <translation>新增季度…</translation>
    </message>
    <message>
        <source>Add a quarter to a company&apos;s scorecard, its lines empty, ready to fill (Ctrl+Shift+N)</source>
        <translation>在公司的財報記分卡中新增一個季度，項目皆為空白，待填入（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Paste from Spreadsheet</source>
        <translation>從試算表貼上</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>US$ millions, EPS in US$. Diffs in % for amounts, ppts for rates, computed where the workspace has the figures. Outlook: next quarter&apos;s guidance (midpoint) vs its consensus, vs this quarter&apos;s actual (QoQ) and a year earlier (YoY). Double-click a figure to edit.</source>
        <translation>以百萬美元計，EPS 以美元計。差異：金額以 % 計，比率以百分點計；工作區有相關數字時即計算。展望：下一季財測（中間值）相對其共識、相對本季實際值（季增率）及相對去年同期（年增率）。按兩下數字即可編輯。</translation>
    </message>
    <message>
        <source>Company scorecard</source>
        <translation>公司財報記分卡</translation>
    </message>
    <message>
        <source>Cross-CSP: latest quarter</source>
        <translation>跨雲端業者：最新季度</translation>
    </message>
    <message>
        <source>Company: every covered name</source>
        <translation>公司：所有追蹤公司</translation>
    </message>
    <message>
        <source> (no scorecard lines yet: %1; add them with Lines…)</source>
        <translation>（尚無財報記分卡項目：%1；請以「項目…」新增）</translation>
    </message>
    <message>
        <source>%1 (no actuals yet)</source>
        <translation>%1（尚無實際值）</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>%1 is not covered.</source>
        <translation>%1 不在追蹤名單中。</translation>
    </message>
    <message>
        <source>%1 already has %2.</source>
        <translation>%1 已有 %2。</translation>
    </message>
    <message>
        <source>%1 has no scorecard lines yet: add them with Lines… first.</source>
        <translation>%1 尚無財報記分卡項目：請先以「項目…」新增。</translation>
    </message>
    <message>
        <source>Add Company</source>
        <translation>新增公司</translation>
    </message>
    <message>
        <source>Pasted %1 cells: every figure was already so.</source>
        <translation>已貼上 %1 個儲存格：每個數字原本就是如此。</translation>
    </message>
    <message>
        <source>Pasted 1 cell: the figure was already so.</source>
        <translation>已貼上 1 個儲存格：數字原本就是如此。</translation>
    </message>
    <message>
        <source>Pasted block: %1 figures into %2 in one step (Ctrl+Z undoes them all).</source>
        <translation>貼上的區塊：已一次將 %1 個數字貼入 %2（Ctrl+Z 可全部復原）。</translation>
    </message>
    <message>
        <source>Pasted block: 1 figure into %2 (Ctrl+Z undoes it).</source>
        <translation>貼上的區塊：已將 1 個數字貼入 %2（Ctrl+Z 可復原）。</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Save Snapshot</source>
        <translation>儲存快照</translation>
    </message>
    <message>
        <source>e.g. 3Q25 review</source>
        <translation>例如 3Q25 檢討</translation>
    </message>
    <message>
        <source>What changed, and why (optional)</source>
        <translation>變更了什麼、為什麼（選填）</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>名稱(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Give the snapshot a label, e.g. “3Q25 review”.</source>
        <translation>請為快照取個標籤，例如「3Q25 檢討」。</translation>
    </message>
</context>
<context>
    <name>SnapshotsPage</name>
    <message>
        <source>Order and reasons</source>
        <translation>排序與理由</translation>
    </message>
    <message>
        <source>Snapshots (newest first)</source>
        <translation>快照（由新到舊）</translation>
    </message>
    <message>
        <source>No snapshots yet: “Save snapshot…” records the current order.</source>
        <translation>尚無快照：「儲存快照…」會記錄目前的排序。</translation>
    </message>
    <message>
        <source>date not printed</source>
        <translation>報告未載日期</translation>
    </message>
    <message>
        <source>Order and reasons in “%1” (%2)</source>
        <translation>「%1」中的排序與理由（%2）</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>CSP Desk: %1 is already open (process %2); brought its window to the front.</source>
        <translation>CSP Desk：%1 已經開啟（程序 %2）；已將其視窗移到最前面。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Workspace already open</source>
        <translation>工作區已開啟</translation>
    </message>
    <message>
        <source>The workspace %1 is open in process %2%3, which did not answer. Switch to that window, or close that program, and start CSP Desk again.</source>
        <translation>工作區 %1 已在程序 %2%3 中開啟，但該程序沒有回應。請切換到那個視窗，或關閉該程式，然後重新啟動 CSP Desk。</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>工作區已損毀</translation>
    </message>
    <message>
        <source>The workspace file is damaged:
%1</source>
        <translation>工作區檔案已損毀：
%1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 還有 %1 項</translation>
    </message>
    <message>
        <source>Restore puts back the latest backup (%1, %2). The damaged file is kept aside as %3 and never overwritten.</source>
        <translation>還原會放回最新的備份（%1，%2）。損毀的檔案會另存為 %3，且絕不會被覆寫。</translation>
    </message>
    <message>
        <source>There is no backup of this workspace to restore. The damaged file is left where it is.</source>
        <translation>此工作區沒有可還原的備份。損毀的檔案會留在原處。</translation>
    </message>
    <message>
        <source>SQLite&apos;s check found:
%1

%2</source>
        <translation>SQLite 檢查發現：
%1

%2</translation>
    </message>
    <message>
        <source>Restore Latest Backup</source>
        <translation>還原最新備份</translation>
    </message>
    <message>
        <source>Open Another Workspace…</source>
        <translation>開啟其他工作區…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Open Another Workspace</source>
        <translation>開啟其他工作區</translation>
    </message>
    <message>
        <source>CSP Desk workspace (*.cspdesk);;All files (*)</source>
        <translation>CSP Desk 工作區 (*.cspdesk);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Workspace missing</source>
        <translation>找不到工作區</translation>
    </message>
    <message>
        <source>There is no workspace file at:
%1</source>
        <translation>下列位置沒有工作區檔案：
%1</translation>
    </message>
    <message>
        <source>Restore puts back the latest backup (%1, %2).</source>
        <translation>還原會放回最新的備份（%1，%2）。</translation>
    </message>
    <message>
        <source>There is no usable backup to restore.</source>
        <translation>沒有可用的備份可以還原。</translation>
    </message>
    <message>
        <source>But this is beside it:
%1

The workspace was set aside (damaged), moved or deleted, so no new workspace was created in its place. %2 Create New Workspace starts a new one with the shipped data at this path; nothing beside it is changed.</source>
        <translation>但旁邊有這些檔案：
%1

工作區已被移到一旁（損毀）、移動或刪除，因此沒有在原處建立新的工作區。%2 「建立新工作區」會在此路徑以隨附資料建立新的工作區；旁邊的檔案都不會變更。</translation>
    </message>
    <message>
        <source>Create New Workspace</source>
        <translation>建立新工作區</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>還原失敗</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>已還原備份 %1。</translation>
    </message>
    <message>
        <source>Team workspace unavailable</source>
        <translation>團隊工作區無法使用</translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>無法開啟工作區</translation>
    </message>
    <message>
        <source>the latest backup is %1</source>
        <translation>最新的備份是 %1</translation>
    </message>
    <message>
        <source>there is no backup</source>
        <translation>沒有備份</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); %3. Start CSP Desk without --quit-after-paint to restore the latest backup, open another workspace or quit; `csp-desk check` lists the problems. The file was not changed.</source>
        <translation>%1 已損毀（%2）；%3。請不加 --quit-after-paint 啟動 CSP Desk，以還原最新備份、開啟其他工作區或結束；`csp-desk check` 會列出問題。檔案沒有被變更。</translation>
    </message>
    <message>
        <source>Restored the backup %1; the damaged file is kept as %2.</source>
        <translation>已還原備份 %1；損毀的檔案保留為 %2。</translation>
    </message>
    <message>
        <source>%1 is already open in another CSP Desk window (process %2).</source>
        <translation>%1 已在另一個 CSP Desk 視窗中開啟（程序 %2）。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).

The workspace that was open stays open. Start CSP Desk on the damaged file to restore its latest backup; `csp-desk check` lists the problems.</source>
        <translation>%1 已損毀（%2）。

原本開啟的工作區維持開啟。請以 CSP Desk 開啟損毀的檔案以還原其最新備份；`csp-desk check` 會列出問題。</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Add a Statement</source>
        <translation>新增陳述</translation>
    </message>
    <message>
        <source>optional: 3Q25, F1Q26, 2026</source>
        <translation>選填：3Q25、F1Q26、2026</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation>陳述(&amp;T)：</translation>
    </message>
    <message>
        <source>A statement needs its text.</source>
        <translation>陳述需要內容。</translation>
    </message>
</context>
<context>
    <name>StatementTopics</name>
    <message>
        <source>cloud read</source>
        <translation>雲端解讀</translation>
    </message>
    <message>
        <source>capex</source>
        <translation>資本支出</translation>
    </message>
    <message>
        <source>depreciation</source>
        <translation>折舊</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>財測</translation>
    </message>
    <message>
        <source>results</source>
        <translation>財報結果</translation>
    </message>
    <message>
        <source>ads</source>
        <translation>廣告</translation>
    </message>
    <message>
        <source>e-commerce</source>
        <translation>電商</translation>
    </message>
    <message>
        <source>thesis</source>
        <translation>投資論點</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>風險</translation>
    </message>
    <message>
        <source>call</source>
        <translation>法說會</translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <source>Also in</source>
        <translation>亦見於</translation>
    </message>
    <message>
        <source>Other notes that state the same point (each note&apos;s statement is its own row, with its own source)</source>
        <translation>陳述相同論點的其他報告（每份報告的陳述各自成列，並附各自的資料來源）</translation>
    </message>
    <message>
        <source>The same point is also stated in:</source>
        <translation>相同論點亦見於：</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <source>All notes</source>
        <translation>所有報告</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>無日期</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>所有主題</translation>
    </message>
    <message>
        <source>Filter the text (English or 中文)…</source>
        <translation>篩選文字（英文或中文）…</translation>
    </message>
    <message>
        <source>&amp;Edit Statement…</source>
        <translation>編輯陳述(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected statement&apos;s text and source (undoable)</source>
        <translation>變更所選陳述的文字與資料來源（可復原）</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>報告(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <source>Investment risks</source>
        <translation>投資風險</translation>
    </message>
    <message>
        <source>Points from the notes</source>
        <translation>報告中的重點</translation>
    </message>
    <message>
        <source>Every point keeps its source: note, paragraph or figure, and the line of the text. Hover a statement for the full text.</source>
        <translation>每個重點都保留其資料來源：報告、段落或圖表，以及文字檔中的行號。將滑鼠移到陳述上可查看全文。</translation>
    </message>
    <message>
        <source>Select a statement to read it here in full, with its source.</source>
        <translation>選取一則陳述，即可在此閱讀全文及其資料來源。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>資料來源：%1</translation>
    </message>
    <message>
        <source>Also in: %1</source>
        <translation>亦見於：%1</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The ranking was changed by another program (for example `csp-desk ranking set`) since this window read it; nothing was written.</source>
        <translation>自此視窗讀取後，排名已被其他程式變更（例如 `csp-desk ranking set`）；未寫入任何內容。</translation>
    </message>
    <message>
        <source>not a ranking entry: %1</source>
        <translation>不是排名項目：%1</translation>
    </message>
    <message>
        <source>the rationale for %1 must be text</source>
        <translation>%1 的理由必須是文字</translation>
    </message>
    <message>
        <source>The rationale of %1 was changed by another program since this window read it; nothing was written.</source>
        <translation>自此視窗讀取後，%1 的理由已被其他程式變更；未寫入任何內容。</translation>
    </message>
    <message>
        <source>A snapshot needs a label, e.g. “2Q25 review”.</source>
        <translation>快照需要標籤，例如「2Q25 檢討」。</translation>
    </message>
    <message>
        <source>There is no ranking to snapshot.</source>
        <translation>沒有可建立快照的排名。</translation>
    </message>
    <message>
        <source>%1 is not editable; choose one of %2.</source>
        <translation>%1 無法編輯；請選擇 %2 其中之一。</translation>
    </message>
    <message>
        <source>not a quarter: %1</source>
        <translation>不是季度：%1</translation>
    </message>
    <message>
        <source>Unknown company %1.</source>
        <translation>未知的公司 %1。</translation>
    </message>
    <message>
        <source>%1 has no scorecard line %2.</source>
        <translation>%1 沒有財報記分卡項目 %2。</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 is set twice.</source>
        <translation>%1 %2 %3 %4 被設定了兩次。</translation>
    </message>
    <message>
        <source>%1 %2 holds figures now; the line is not removed.</source>
        <translation>%1 %2 目前有數值；未移除此項目。</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>市場共識</translation>
    </message>
    <message>
        <source>guidance</source>
        <translation>財測</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 was changed by another program since this window read it (it is now %5); nothing was written.</source>
        <translation>自此視窗讀取後，%1 %2 %3 %4 已被其他程式變更（目前為 %5）；未寫入任何內容。</translation>
    </message>
    <message>
        <source>A company needs a ticker.</source>
        <translation>公司需要股票代號。</translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation>%1 需要名稱。</translation>
    </message>
    <message>
        <source>The fiscal year must end in a month 1-12, not %1.</source>
        <translation>會計年度的結束月份必須是 1 到 12，而非 %1。</translation>
    </message>
    <message>
        <source>%1 is already covered.</source>
        <translation>%1 已在追蹤名單中。</translation>
    </message>
    <message>
        <source>%1 is not covered.</source>
        <translation>%1 不在追蹤名單中。</translation>
    </message>
    <message>
        <source>%1 is the last covered company; the ranking needs at least one.</source>
        <translation>%1 是最後一家追蹤的公司；排名至少需要一家公司。</translation>
    </message>
    <message>
        <source>There is no snapshot %1.</source>
        <translation>沒有快照 %1。</translation>
    </message>
    <message>
        <source>“%1” comes from a broker note and cannot be removed.</source>
        <translation>「%1」來自券商報告，無法移除。</translation>
    </message>
    <message>
        <source>Snapshot %1 already exists.</source>
        <translation>快照 %1 已存在。</translation>
    </message>
    <message>
        <source>A line key is lower-case letters, digits and _ (starting with a letter, at most 40): not %1.</source>
        <translation>項目代碼須由小寫字母、數字與 _ 組成（以字母開頭，最多 40 個字元）：%1 不符合。</translation>
    </message>
    <message>
        <source>Line %1 needs a label.</source>
        <translation>項目 %1 需要名稱。</translation>
    </message>
    <message>
        <source>Line %1: unknown kind or polarity.</source>
        <translation>項目 %1：類型或方向不明。</translation>
    </message>
    <message>
        <source>Line %1: a ratio needs both a numerator and a denominator.</source>
        <translation>項目 %1：比率需要分子與分母。</translation>
    </message>
    <message>
        <source>%1 has no line %2 for the ratio %3.</source>
        <translation>%1 沒有比率 %3 所需的項目 %2。</translation>
    </message>
    <message>
        <source>%1 already has a line %2.</source>
        <translation>%1 已有項目 %2。</translation>
    </message>
    <message>
        <source>%1 has no line %2.</source>
        <translation>%1 沒有項目 %2。</translation>
    </message>
    <message>
        <source>The new order must list each of %1&apos;s %2 lines once.</source>
        <translation>新順序必須列出 %1 的 %2 個項目，且每個只出現一次。</translation>
    </message>
    <message>
        <source>%1 is part of the ratio line(s) %2: remove those first.</source>
        <translation>%1 是比率項目 %2 的一部分：請先移除它們。</translation>
    </message>
    <message>
        <source>%1 already has lines; copy a line set only to a company without.</source>
        <translation>%1 已有項目；項目組合只能複製到尚無項目的公司。</translation>
    </message>
    <message>
        <source>%1 has no lines to copy.</source>
        <translation>%1 沒有可複製的項目。</translation>
    </message>
    <message>
        <source>%1&apos;s lines have quarters now; they are not removed.</source>
        <translation>%1 的項目已有季度資料；不予移除。</translation>
    </message>
    <message>
        <source>A price turns stale after 1 to 365 days.</source>
        <translation>股價過時天數須為 1 到 365 天。</translation>
    </message>
    <message>
        <source>The %1 must be a number above zero, not %2.</source>
        <translation>%1必須是大於零的數字，而非 %2。</translation>
    </message>
    <message>
        <source>The %1 %2 is implausibly large.</source>
        <translation>%1 %2 大得不合理。</translation>
    </message>
    <message>
        <source>Not a date: %1.</source>
        <translation>不是日期：%1。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 在未來。</translation>
    </message>
    <message>
        <source>No note %1 in the workspace (see `note list`).</source>
        <translation>工作區中沒有報告 %1（請見 `note list`）。</translation>
    </message>
    <message>
        <source>A rating is a short word such as OP, Buy or Neutral.</source>
        <translation>評等是簡短的詞，例如 OP、Buy 或 Neutral。</translation>
    </message>
    <message>
        <source>not a market-data table: %1</source>
        <translation>不是市場資料表：%1</translation>
    </message>
    <message>
        <source>That record is no longer in the workspace.</source>
        <translation>該筆紀錄已不在工作區中。</translation>
    </message>
    <message>
        <source>The attached file has no name.</source>
        <translation>附加的檔案沒有名稱。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files up to %3 MB are kept in the workspace. Attach a smaller copy (e.g. the PDF without images).</source>
        <translation>%1 為 %2 MB；工作區只保存 %3 MB 以內的檔案。請附加較小的版本（例如不含圖片的 PDF）。</translation>
    </message>
    <message>
        <source>A note needs its broker (e.g. KGI).</source>
        <translation>報告需要券商（例如 KGI）。</translation>
    </message>
    <message>
        <source>A note needs its title.</source>
        <translation>報告需要標題。</translation>
    </message>
    <message>
        <source>Broker, title or analyst is too long.</source>
        <translation>券商、標題或分析師過長。</translation>
    </message>
    <message>
        <source>Note %1 is cited by %2 record; it stays.</source>
        <translation>報告 %1 被 %2 筆紀錄引用；予以保留。</translation>
    </message>
    <message>
        <source>Note %1 is cited by %2 records; it stays.</source>
        <translation>報告 %1 被 %2 筆紀錄引用；予以保留。</translation>
    </message>
    <message>
        <source>No note %1.</source>
        <translation>沒有報告 %1。</translation>
    </message>
    <message>
        <source>No note %1 in the workspace.</source>
        <translation>工作區中沒有報告 %1。</translation>
    </message>
    <message>
        <source>The forecast %1 was changed by another program since this window read it (it is now %2); nothing was written.</source>
        <translation>自此視窗讀取後，預估 %1 已被其他程式變更（目前為 %2）；未寫入任何內容。</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>A forecast needs its year (2025, FY26) and its metric (Revenue (US$mn)).</source>
        <translation>預估需要年度（2025、FY26）與指標（Revenue (US$mn)）。</translation>
    </message>
    <message>
        <source>Not a number: %1.</source>
        <translation>不是數字：%1。</translation>
    </message>
    <message>
        <source>Unknown topic %1; choose one of %2.</source>
        <translation>未知的主題 %1；請選擇 %2 其中之一。</translation>
    </message>
    <message>
        <source>A statement needs its text.</source>
        <translation>陳述需要內容。</translation>
    </message>
    <message>
        <source>A statement is at most 4,000 characters.</source>
        <translation>陳述最多 4,000 個字元。</translation>
    </message>
    <message>
        <source>Only statements entered in the app can be removed.</source>
        <translation>只有在本程式中輸入的陳述才能移除。</translation>
    </message>
    <message>
        <source>Statement %1 was changed by another program (it is gone); nothing was written.</source>
        <translation>陳述 %1 已被其他程式變更（已不存在）；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Statement %1 was changed by another program since this window read it (it now reads %2); nothing was written.</source>
        <translation>自此視窗讀取後，陳述 %1 已被其他程式變更（目前內容為 %2）；未寫入任何內容。</translation>
    </message>
    <message>
        <source>database or disk is full</source>
        <translation>資料庫或磁碟已滿</translation>
    </message>
    <message>
        <source>the workspace is busy in another program (database is locked)</source>
        <translation>工作區正由其他程式使用中（資料庫已鎖定）</translation>
    </message>
    <message>
        <source>the workspace file is read-only</source>
        <translation>工作區檔案為唯讀</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>磁碟 I/O 錯誤</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>無法儲存：%1</translation>
    </message>
    <message>
        <source>Disk full: %1 needs about %2 free in %3; %4 are free. This is not damage: nothing was changed; free some space and try again.</source>
        <translation>磁碟已滿：%1 需要 %3 約 %2 的可用空間；目前可用 %4。這不是檔案損毀：未變更任何內容；請釋出一些空間後再試一次。</translation>
    </message>
    <message>
        <source>Disk full: %1 needs about %2 free in %3. This is not damage: nothing was changed; free some space and try again.</source>
        <translation>磁碟已滿：%1 需要 %3 約 %2 的可用空間。這不是檔案損毀：未變更任何內容；請釋出一些空間後再試一次。</translation>
    </message>
    <message>
        <source>Disk full: %1 needs more free space in %2; %3 are free. This is not damage: nothing was changed; free some space and try again.</source>
        <translation>磁碟已滿：%1 需要 %2 更多可用空間；目前可用 %3。這不是檔案損毀：未變更任何內容；請釋出一些空間後再試一次。</translation>
    </message>
    <message>
        <source>Disk full: %1 needs more free space in %2. This is not damage: nothing was changed; free some space and try again.</source>
        <translation>磁碟已滿：%1 需要 %2 更多可用空間。這不是檔案損毀：未變更任何內容；請釋出一些空間後再試一次。</translation>
    </message>
    <message>
        <source>The workspace %1 is closed.</source>
        <translation>工作區 %1 已關閉。</translation>
    </message>
    <message>
        <source>Cannot read the workspace %1: %2. Nothing was changed.</source>
        <translation>無法讀取工作區 %1：%2。未變更任何內容。</translation>
    </message>
    <message>
        <source>Cannot read the workspace %1: %2. The file may be damaged; `csp-desk check` lists the problems. Nothing was changed.</source>
        <translation>無法讀取工作區 %1：%2。檔案可能已損毀；`csp-desk check` 會列出問題。未變更任何內容。</translation>
    </message>
    <message>
        <source>creating the workspace</source>
        <translation>建立工作區</translation>
    </message>
    <message>
        <source>Cannot open %1: SQLite says %2. The file may be damaged; it was left as it was.</source>
        <translation>無法開啟 %1：SQLite 回報 %2。檔案可能已損毀；已保持原狀。</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>開啟 %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>Could not upgrade %1: %2. The file was left as it was.</source>
        <translation>無法升級 %1：%2。檔案已保持原狀。</translation>
    </message>
    <message>
        <source>Could not upgrade %1: its schema is damaged. The file was left as it was.</source>
        <translation>無法升級 %1：其結構描述已損毀。檔案已保持原狀。</translation>
    </message>
    <message>
        <source>%1 is not a CSP Desk workspace. It was left unchanged.</source>
        <translation>%1 不是 CSP Desk 工作區。檔案未被變更。</translation>
    </message>
    <message>
        <source>Could not create the workspace at %1: %2</source>
        <translation>無法在 %1 建立工作區：%2</translation>
    </message>
    <message>
        <source>Cannot create a workspace at %1: %2</source>
        <translation>無法在 %1 建立工作區：%2</translation>
    </message>
    <message>
        <source>Could not save: this window lost its hold on the workspace file and could not open it again: %1</source>
        <translation>無法儲存：此視窗失去了對工作區檔案的掌握，且無法重新開啟：%1</translation>
    </message>
    <message>
        <source>Could not save: this window lost its hold on the workspace file (another program removed or replaced its journal while this window was writing), so the change did not reach the file. The workspace was opened again as it now is; make the change again.</source>
        <translation>無法儲存：此視窗失去了對工作區檔案的掌握（寫入時其他程式移除或取代了它的日誌檔），因此這項變更未寫入檔案。已依目前狀態重新開啟工作區；請再做一次變更。</translation>
    </message>
    <message>
        <source>No backup was made: the workspace %1 is damaged (%2). Run `csp-desk check` for details; the existing backups were kept.</source>
        <translation>未建立備份：工作區 %1 已損毀（%2）。請執行 `csp-desk check` 查看詳情；既有備份均已保留。</translation>
    </message>
    <message>
        <source>Could not back up to %1: %2</source>
        <translation>無法備份到 %1：%2</translation>
    </message>
    <message>
        <source>Could not back up into %1: no free file name was found.</source>
        <translation>無法備份到 %1：找不到可用的檔名。</translation>
    </message>
    <message>
        <source>There is no workspace at %1, but %2 is beside it: the workspace was set aside (damaged), moved or deleted. No new workspace was created in its place. Open the CSP Desk window to restore the latest backup or to create a new workspace explicitly, or give --workspace for another file.</source>
        <translation>%1 沒有工作區，但旁邊有 %2：工作區已被移到一旁（損毀）、搬移或刪除。未在原處建立新的工作區。請開啟 CSP Desk 視窗還原最新備份或明確建立新的工作區，或以 --workspace 指定其他檔案。</translation>
    </message>
    <message>
        <source>There is no workspace at %1, but %2 are beside it: the workspace was set aside (damaged), moved or deleted. No new workspace was created in its place. Open the CSP Desk window to restore the latest backup or to create a new workspace explicitly, or give --workspace for another file.</source>
        <translation>%1 沒有工作區，但旁邊有 %2：工作區已被移到一旁（損毀）、搬移或刪除。未在原處建立新的工作區。請開啟 CSP Desk 視窗還原最新備份或明確建立新的工作區，或以 --workspace 指定其他檔案。</translation>
    </message>
    <message>
        <source>not a number: %1</source>
        <translation>不是數字：%1</translation>
    </message>
    <message>
        <source>not a finite number: %1</source>
        <translation>不是有限的數字：%1</translation>
    </message>
    <message>
        <source>could not switch the workspace to WAL mode (%1)</source>
        <translation>無法將工作區切換為 WAL 模式（%1）</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>具名管道（FIFO）</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>通訊端（socket）</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>非一般檔案</translation>
    </message>
    <message>
        <source>%1 is %2, not a CSP Desk workspace file. It was left unchanged; choose another file name for the workspace.</source>
        <translation>%1 是%2，不是 CSP Desk 工作區檔案。檔案未被變更；請為工作區選擇其他檔名。</translation>
    </message>
    <message>
        <source>%1 is %2, not the workspace&apos;s own file. Nothing was opened; remove it and try again.</source>
        <translation>%1 是%2，不是工作區本身的檔案。未開啟任何內容；請移除它後再試一次。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>SQLite says: %1</source>
        <translation>SQLite 回報：%1</translation>
    </message>
    <message>
        <source>%1 is not a CSP Desk workspace (%2). It was left unchanged; choose another file name for the workspace.</source>
        <translation>%1 不是 CSP Desk 工作區（%2）。檔案未被變更；請為工作區選擇其他檔名。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of CSP Desk (workspace format %2; this version reads formats up to %3). Update CSP Desk to open it. The file was not changed.</source>
        <translation>%1 由較新版的 CSP Desk 儲存（工作區格式 %2；此版本最多可讀取格式 %3）。請更新 CSP Desk 後再開啟。檔案未被變更。</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>不是 SQLite 資料庫</translation>
    </message>
    <message>
        <source>a database of another application</source>
        <translation>其他應用程式的資料庫</translation>
    </message>
    <message>
        <source>an SQLite database of another application</source>
        <translation>其他應用程式的 SQLite 資料庫</translation>
    </message>
    <message>
        <source>the CSP Desk marker is missing; the file may be damaged</source>
        <translation>缺少 CSP Desk 標記；檔案可能已損毀</translation>
    </message>
    <message>
        <source>opening %1 (SQLite&apos;s shared-memory file -shm beside it)</source>
        <translation>開啟 %1（旁邊的 SQLite 共用記憶體檔案 -shm）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. The file was left unchanged.</source>
        <translation>無法讀取 %1：%2。檔案未被變更。</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>the file is not an SQLite database (its header is damaged or it is another file)</source>
        <translation>檔案不是 SQLite 資料庫（其檔頭已損毀，或是其他檔案）</translation>
    </message>
    <message>
        <source>%1 row %2: missing %3 record</source>
        <translation>%1 第 %2 列：缺少 %3 紀錄</translation>
    </message>
    <message>
        <source>checking %1 (SQLite&apos;s shared-memory file -shm beside it)</source>
        <translation>檢查 %1（旁邊的 SQLite 共用記憶體檔案 -shm）</translation>
    </message>
    <message>
        <source>Could not check %1: %2. This says nothing about damage; try again.</source>
        <translation>無法檢查 %1：%2。這不代表檔案已損毀；請再試一次。</translation>
    </message>
    <message>
        <source>Could not move the damaged workspace %1 aside: %2</source>
        <translation>無法將損毀的工作區 %1 移到一旁：%2</translation>
    </message>
    <message>
        <source>foreign keys broken by the companies rebuild: %1</source>
        <translation>重建公司資料表破壞了外鍵：%1</translation>
    </message>
    <message>
        <source>%1 has no scorecard lines to fill yet: add its lines first.</source>
        <translation>%1 尚無可填寫的財報記分卡項目：請先新增項目。</translation>
    </message>
    <message>
        <source>%1 already has %2.</source>
        <translation>%1 已有 %2。</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 沒有 %2。</translation>
    </message>
    <message>
        <source>%1 %2 holds figures (%3…); it is not removed.</source>
        <translation>%1 %2 有數值（%3…）；未移除。</translation>
    </message>
    <message>
        <source>Could not restore %1: %2</source>
        <translation>無法還原 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); choose another one. Nothing was restored.</source>
        <translation>備份 %1 已損毀（%2）；請選擇其他備份。未還原任何內容。</translation>
    </message>
    <message>
        <source>restoring %1</source>
        <translation>還原 %1</translation>
    </message>
    <message>
        <source>Nothing was restored; the workspace was not moved. %1</source>
        <translation>未還原任何內容；工作區未被移動。%1</translation>
    </message>
    <message>
        <source>Could not restore %1: %2. Nothing was restored; the workspace was not moved.</source>
        <translation>無法還原 %1：%2。未還原任何內容；工作區未被移動。</translation>
    </message>
    <message>
        <source>The restored copy of %1 failed SQLite&apos;s integrity check (%2); nothing was restored.</source>
        <translation>%1 的還原複本未通過 SQLite 完整性檢查（%2）；未還原任何內容。</translation>
    </message>
    <message>
        <source>%1 is still open in another program; close it and try again.</source>
        <translation>%1 仍在其他程式中開啟；請關閉後再試一次。</translation>
    </message>
    <message>
        <source>Could not restore %1: %2. The damaged file was left where it was.</source>
        <translation>無法還原 %1：%2。損毀的檔案保留在原處。</translation>
    </message>
    <message>
        <source>A file appeared at %1 meanwhile; it was left alone and nothing was restored.</source>
        <translation>這段期間 %1 出現了一個檔案；已保持原狀，未還原任何內容。</translation>
    </message>
    <message>
        <source>the seed data set has no companies</source>
        <translation>初始資料集中沒有公司</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>%1 沒有工作區。</translation>
    </message>
    <message>
        <source>Cannot write a copy to %1: it is the workspace itself or one of its files. Choose another file name; nothing was written.</source>
        <translation>無法將複本寫入 %1：這是工作區本身或其檔案之一。請選擇其他檔名；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Could not write the copy %1: %2</source>
        <translation>無法寫入複本 %1：%2</translation>
    </message>
    <message>
        <source>a backup of %1</source>
        <translation>%1 的備份</translation>
    </message>
    <message>
        <source>No backup was made: the workspace %1 is damaged (SQLite: %2). Run `csp-desk check` for details.</source>
        <translation>未建立備份：工作區 %1 已損毀（SQLite：%2）。請執行 `csp-desk check` 查看詳情。</translation>
    </message>
</context>
<context>
    <name>SupplyChainPage</name>
    <message>
        <source>All CSPs</source>
        <translation>所有雲端業者</translation>
    </message>
    <message>
        <source>Filter: name (中文 or English), ticker, product…</source>
        <translation>篩選：名稱（中文或英文）、股票代號、產品…</translation>
    </message>
    <message>
        <source>C&amp;SP:</source>
        <translation>雲端業者(&amp;S)：</translation>
    </message>
    <message>
        <source>Target prices in NT$; revenue share (營收佔比, %) as printed. Click a column header to sort (revenue share sorts &lt;10 below 10-15); until then the notes&apos; order.</source>
        <translation>目標價以新台幣計；營收佔比（%）依報告所載。按欄位標題可排序（營收佔比 &lt;10 排在 10-15 之下）；排序前依報告原順序。</translation>
    </message>
    <message>
        <source>%1 of %2 suppliers</source>
        <translation>%2 家供應商中的 %1 家</translation>
    </message>
</context>
<context>
    <name>TeamErrors</name>
    <message>
        <source>Could not save: the team workspace&apos;s server cannot be reached (the connection was lost); nothing was written and nothing is queued. Try again when it is back.</source>
        <translation>無法儲存：無法連線到團隊工作區的伺服器（連線已中斷）；未寫入任何內容，也沒有排入佇列。請在伺服器恢復後再試一次。</translation>
    </message>
    <message>
        <source>Cannot read the team workspace: its server cannot be reached (the connection was lost). Nothing was changed; the window keeps what it showed.</source>
        <translation>無法讀取團隊工作區：無法連線到其伺服器（連線已中斷）。未變更任何內容；視窗保留原本顯示的內容。</translation>
    </message>
    <message>
        <source>The server of the team workspace was lost while saving: the change may or may not have been saved (nothing is queued). Reconnect and look at the change log.</source>
        <translation>儲存時與團隊工作區的伺服器中斷連線：這項變更可能已儲存，也可能沒有（沒有排入佇列）。請重新連線並查看變更紀錄。</translation>
    </message>
    <message>
        <source>Could not save: your database role may read this team workspace but not change it; nothing was written.</source>
        <translation>無法儲存：您的資料庫角色可以讀取此團隊工作區，但不能變更；未寫入任何內容。</translation>
    </message>
    <message>
        <source>(an invalid database address)</source>
        <translation>（無效的資料庫位址）</translation>
    </message>
    <message>
        <source>There is no workspace file at %1; nothing was created.</source>
        <translation>%1 沒有工作區檔案；未建立任何內容。</translation>
    </message>
    <message>
        <source>The database %1 is not empty (%2 tables or sequences: %3). A team workspace is created only in an empty database; nothing was changed.</source>
        <translation>資料庫 %1 不是空的（%2 個資料表或序列：%3）。團隊工作區只能建立在空的資料庫中；未變更任何內容。</translation>
    </message>
    <message>
        <source>Could not create the team workspace at %1: %2. Nothing was changed.</source>
        <translation>無法在 %1 建立團隊工作區：%2。未變更任何內容。</translation>
    </message>
    <message>
        <source>The server of the team workspace %1 refused the login: %2. Give the password (in ~/.pgpass, PGPASSWORD or when the window asks for it).</source>
        <translation>團隊工作區 %1 的伺服器拒絕登入：%2。請提供密碼（於 ~/.pgpass、PGPASSWORD，或在視窗詢問時輸入）。</translation>
    </message>
    <message>
        <source>Cannot open the team workspace %1: %2.</source>
        <translation>無法開啟團隊工作區 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a valid database address: %2.</source>
        <translation>%1 不是有效的資料庫位址：%2。</translation>
    </message>
    <message>
        <source>Cannot reach the server of the team workspace %1 (%2). Check that the server is running and the address is right, or open a local workspace instead.</source>
        <translation>無法連線到團隊工作區 %1 的伺服器（%2）。請確認伺服器正在執行且位址正確，或改為開啟本機工作區。</translation>
    </message>
    <message>
        <source>Cannot open the team workspace %1: %2</source>
        <translation>無法開啟團隊工作區 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no CSP Desk workspace. Create one in an empty database with `csp-desk team init URL`; the database was left unchanged.</source>
        <translation>%1 中沒有 CSP Desk 工作區。請用 `csp-desk team init URL` 在空的資料庫中建立；資料庫未被變更。</translation>
    </message>
    <message>
        <source>The team workspace %1 was written by a newer CSP Desk (format %2; this version reads up to %3). Update CSP Desk; nothing was changed.</source>
        <translation>團隊工作區 %1 由較新版的 CSP Desk 寫入（格式 %2；此版本最多可讀取 %3）。請更新 CSP Desk；未變更任何內容。</translation>
    </message>
    <message>
        <source>have a file path</source>
        <translation>擁有檔案路徑</translation>
    </message>
    <message>
        <source>A team workspace on a server does not %1: that is a feature of a workspace file. (%2)</source>
        <translation>伺服器上的團隊工作區無法%1：這是工作區檔案才有的功能。（%2）</translation>
    </message>
    <message>
        <source>make copies of a file (Save a Copy); use `csp-desk export` or the server&apos;s own backups (pg_dump)</source>
        <translation>製作檔案複本（另存複本）；請使用 `csp-desk export` 或伺服器本身的備份（pg_dump）</translation>
    </message>
    <message>
        <source>make file backups; back up the database with the server&apos;s tools (pg_dump)</source>
        <translation>製作檔案備份；請用伺服器的工具（pg_dump）備份資料庫</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <source>seeded with the data set (%1 companies, %2 scorecard figures)</source>
        <translation>以內建資料集填入（%1 家公司、%2 個財報記分卡數字）</translation>
    </message>
    <message>
        <source>copied from %1 (%2 rows in %3 tables)</source>
        <translation>自 %1 複製（%3 個資料表共 %2 列）</translation>
    </message>
    <message>
        <source>Created the team workspace at %1, %2.</source>
        <translation>已在 %1 建立團隊工作區，%2。</translation>
    </message>
</context>
<context>
    <name>TeamStartup</name>
    <message>
        <source>Team workspace unavailable</source>
        <translation>團隊工作區無法使用</translation>
    </message>
    <message>
        <source>The server of the team workspace %1 cannot be reached.</source>
        <translation>無法連線到團隊工作區 %1 的伺服器。</translation>
    </message>
    <message>
        <source>You can open a local workspace file instead, or quit and try again when the server is back.</source>
        <translation>您可以改為開啟本機工作區檔案，或結束後待伺服器恢復再試。</translation>
    </message>
    <message>
        <source>Open a Local Workspace…</source>
        <translation>開啟本機工作區…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密碼：</translation>
    </message>
</context>
<context>
    <name>TearSheet</name>
    <message>
        <source>guidance (hatched)</source>
        <translation>財測（斜線）</translation>
    </message>
    <message>
        <source>derived from a printed YoY (pale, dashed)</source>
        <translation>由報告所載年增率推算（淡色、虛線）</translation>
    </message>
    <message>
        <source>No capex figures.</source>
        <translation>沒有資本支出數字。</translation>
    </message>
    <message>
        <source>beat</source>
        <translation>優於預期</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>低於預期</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際值</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>市場共識</translation>
    </message>
    <message>
        <source>vs consensus</source>
        <translation>相對共識</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>vs consensus: derived from the actual and the consensus shown.</source>
        <translation>相對共識：由所示實際值與市場共識推算。</translation>
    </message>
    <message>
        <source>In italics: as the note printed it; the note worked from unrounded figures, so the figures shown give a slightly different diff (rounding, not an error).</source>
        <translation>斜體：依報告印出的數字；報告以未四捨五入的數字計算，故由所示數字算出的差異略有不同（四捨五入所致，並非錯誤）。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新加入</translation>
    </message>
    <message>
        <source>(price %1)</source>
        <translation>（股價日期 %1）</translation>
    </message>
    <message>
        <source>(price date not given)</source>
        <translation>（未提供股價日期）</translation>
    </message>
    <message>
        <source>Move since %1</source>
        <translation>自 %1 以來的變動</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>變動</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Ticker</source>
        <translation>股票代號</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評等</translation>
    </message>
    <message>
        <source>Target (US$)</source>
        <translation>目標價（美元）</translation>
    </message>
    <message>
        <source>Upside (derived)</source>
        <translation>上檔空間（推算）</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No snapshot yet: nothing to compare with.</source>
        <translation>尚無快照：沒有可比較的對象。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>無日期</translation>
    </message>
    <message>
        <source>What changed since %1 (%2)</source>
        <translation>自 %1（%2）以來的變化</translation>
    </message>
    <message>
        <source>Moves:</source>
        <translation>排名變動：</translation>
    </message>
    <message>
        <source>rating %1 → %2</source>
        <translation>評等 %1 → %2</translation>
    </message>
    <message>
        <source>rating %1</source>
        <translation>評等 %1</translation>
    </message>
    <message>
        <source>target %1 → %2</source>
        <translation>目標價 %1 → %2</translation>
    </message>
    <message>
        <source>date not given</source>
        <translation>未提供日期</translation>
    </message>
    <message>
        <source>Ratings and targets:</source>
        <translation>評等與目標價：</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>無變動</translation>
    </message>
    <message>
        <source>Quarters entered since:</source>
        <translation>此後輸入的季度：</translation>
    </message>
    <message>
        <source>Largest beats and misses of those quarters:</source>
        <translation>這些季度中幅度最大的優於／低於預期：</translation>
    </message>
    <message>
        <source>Preference order</source>
        <translation>偏好順序</translation>
    </message>
    <message>
        <source>Derived: computed by CSP Desk from the stored figures (upside = latest target / latest price − 1; vs consensus = actual / consensus − 1, in ppts for rates). An empty cell: no source gives the figure.</source>
        <translation>推算：由 CSP Desk 依已存數字計算（上檔空間 = 最新目標價 / 最新股價 − 1；相對共識 = 實際 / 共識 − 1，比率以百分點表示）。空白儲存格：沒有資料來源提供該數字。</translation>
    </message>
    <message>
        <source>Latest scorecard highlights</source>
        <translation>最新財報記分卡重點</translation>
    </message>
    <message>
        <source>no beat or miss against consensus</source>
        <translation>相對共識無優於或低於預期</translation>
    </message>
    <message>
        <source>No reported quarter yet.</source>
        <translation>尚無已公布的季度。</translation>
    </message>
    <message>
        <source>CSP Desk tear sheet · %1</source>
        <translation>CSP Desk 摘要報告 · %1</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · 第 %2 頁，共 %3 頁</translation>
    </message>
    <message>
        <source>date not printed</source>
        <translation>報告未載日期</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>資料來源：%1</translation>
    </message>
    <message>
        <source>Could not start drawing the pages.</source>
        <translation>無法開始繪製頁面。</translation>
    </message>
    <message>
        <source>CSP Desk tear sheet</source>
        <translation>CSP Desk 摘要報告</translation>
    </message>
    <message>
        <source>the PDF came out empty</source>
        <translation>產生的 PDF 是空的</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find in Table…</source>
        <translation>在表格中尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Show only the rows of the table in front that contain some text</source>
        <translation>只顯示前方表格中含有指定文字的列</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text in the tables</source>
        <translation>放大表格文字</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text in the tables</source>
        <translation>縮小表格文字</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>The tables&apos; text at its normal size</source>
        <translation>表格文字恢復正常大小</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>Someone else changed it since</source>
        <translation>此後已有他人變更</translation>
    </message>
    <message>
        <source>%1; your edit “%2” can no longer be redone.</source>
        <translation>%1；您的編輯「%2」已無法重做。</translation>
    </message>
    <message>
        <source>%1; your edit “%2” can no longer be undone.</source>
        <translation>%1；您的編輯「%2」已無法復原。</translation>
    </message>
</context>
<context>
    <name>_SourcedDialog</name>
    <message>
        <source>Sector (no single company)</source>
        <translation>產業（非單一公司）</translation>
    </message>
    <message>
        <source>Entered by %1 (no note)</source>
        <translation>由 %1 輸入（無報告）</translation>
    </message>
    <message>
        <source>figure or page, e.g. Figure 1, p. 3</source>
        <translation>圖表或頁碼，例如 Figure 1、p. 3</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>資料來源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Where in the note:</source>
        <translation>報告中的位置(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引數</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示此說明訊息後結束</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>顯示程式版本號碼後結束</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：錯誤：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必要的引數：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>無法辨識的引數：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選項：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一個引數</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一個引數</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一個引數</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>選項不明確：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略明確給定的引數 %r</translation>
    </message>
</context>
</TS>
