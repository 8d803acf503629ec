package io.github.nvfetch.report.internal.html;

/** The page's style sheet, inlined (no CDN, no web font): laptop screens and print. */
final class Styles {

  static final String CSS =
      """
      :root { --ink: #1d232a; --muted: #5b6570; --line: #d9dee3; --panel: #f5f7f9;
        --accent: #2b5d8a; --bad: #a3202c; }
      * { box-sizing: border-box; }
      body { margin: 0; color: var(--ink); background: #fff;
        font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
      main { max-width: 1240px; margin: 0 auto; padding: 24px 28px 40px; }
      header h1 { font-size: 26px; margin: 0 0 4px; }
      header .meta { color: var(--muted); margin: 0; }
      h2 { font-size: 19px; margin: 30px 0 10px; padding-bottom: 4px;
        border-bottom: 1px solid var(--line); }
      h3 { font-size: 15px; margin: 0 0 8px; }
      a { color: var(--accent); }
      .counts { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 18px; }
      .count { background: var(--panel); border: 1px solid var(--line); border-radius: 8px;
        padding: 10px 18px; min-width: 130px; }
      .count .n { display: block; font-size: 28px; font-weight: 650;
        font-variant-numeric: tabular-nums; }
      .count .label { color: var(--muted); }
      .count.bad .n { color: var(--bad); }
      pre.request { background: var(--panel); border: 1px solid var(--line); border-radius: 6px;
        padding: 10px 12px; white-space: pre-wrap; word-break: break-word; margin: 0;
        font: 13px/1.5 ui-monospace, "DejaVu Sans Mono", monospace; }
      .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
        gap: 14px 28px; }
      table.bars { border-collapse: collapse; width: 100%; }
      table.bars th { text-align: left; font-weight: normal; padding: 2px 8px 2px 0;
        width: 42%; font-size: 13px; line-height: 1.25; word-break: break-word; }
      table.bars td { padding: 2px 0; }
      .bar-cell { width: 50%; }
      .bar { display: block; height: 13px; background: var(--accent); border-radius: 2px;
        print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      td.num { text-align: right; padding-left: 8px; font-variant-numeric: tabular-nums;
        width: 3em; }
      table.failures { border-collapse: collapse; width: 100%; }
      table.failures th, table.failures td { text-align: left; padding: 5px 10px 5px 0;
        border-bottom: 1px solid var(--line); vertical-align: top; }
      table.failures td.reason { color: var(--bad); word-break: break-word; }
      .empty { color: var(--muted); }
      .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr));
        gap: 16px; }
      .card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px;
        break-inside: avoid; page-break-inside: avoid; background: #fff; }
      .card h3 { word-break: break-word; }
      .card figure { margin: 0 0 8px; }
      .card img { width: 100%; height: auto; display: block; background: #fff; }
      .views { display: flex; color: var(--muted); font-size: 11px; }
      .views span { text-align: center; }
      .legend { display: flex; align-items: center; gap: 6px; font-size: 11px;
        color: var(--muted); margin-top: 4px; font-variant-numeric: tabular-nums; }
      .legend .scale { flex: 1; height: 8px; border-radius: 2px; max-width: 140px;
        print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      .no-thumb { border: 1px dashed var(--line); border-radius: 6px; color: var(--muted);
        padding: 20px 10px; text-align: center; font-size: 13px; word-break: break-word; }
      dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 1px 10px;
        margin: 0; font-size: 13px; }
      dl.fields dt { color: var(--muted); }
      dl.fields dd { margin: 0; word-break: break-word; }
      .words { margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 4px; }
      .words span { background: var(--panel); border: 1px solid var(--line);
        border-radius: 10px; padding: 0 8px; font-size: 12px; }
      footer { margin-top: 34px; color: var(--muted); font-size: 13px;
        border-top: 1px solid var(--line); padding-top: 10px; }
      footer dl { display: flex; flex-wrap: wrap; gap: 4px 20px; margin: 0; }
      footer dt { display: inline; font-weight: 600; }
      footer dd { display: inline; margin: 0 0 0 4px; }
      @media print {
        main { max-width: none; padding: 0; }
        body { font-size: 11pt; }
        .grid { grid-template-columns: repeat(2, 1fr); }
        a { color: inherit; }
        h2 { break-after: avoid; }
      }
      """;

  private Styles() {}
}
