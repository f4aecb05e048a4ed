namespace Oversight.Web.Documents;

/// The one print stylesheet of every document: A4 pages, headings that keep with what follows, tables whose rows
/// do not split and figures kept whole. A document is a file read offline or printed, so it carries its styles inline.
public static class PrintStyles
{
    public const string Css = """
        @page { size: A4; }
        body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.35; color: #0b0c0c; margin: 0; }
        h1 { font-size: 22pt; margin: 0 0 12pt; }
        h2 { font-size: 17pt; margin: 0 0 10pt; border-bottom: 2px solid #1d70b8; padding-bottom: 4pt; }
        h3 { font-size: 12.5pt; margin: 14pt 0 4pt; }
        h1, h2, h3, h4 { break-after: avoid; }
        figure, svg { break-inside: avoid; }
        a { color: #1d70b8; }
        .cover { break-after: page; padding-top: 60mm; }
        .cover .office { font-size: 14pt; color: #505a5f; margin: 0 0 8pt; }
        .cover .plan { font-size: 14pt; margin: 0 0 24pt; }
        .cover dl { display: grid; grid-template-columns: 30mm auto; gap: 4pt 8pt; }
        .cover dt { font-weight: bold; }
        .cover dd { margin: 0; }
        .draft { display: inline-block; border: 3px solid #d4351c; color: #d4351c; font-weight: bold; font-size: 14pt; padding: 4pt 8pt; }
        .contents { break-after: page; }
        .contents li { margin: 4pt 0; font-size: 12pt; }
        #summary, #exceptions, #comparisons, .theme, #annex { break-before: page; }
        table { border-collapse: collapse; width: 100%; margin: 0 0 14pt; font-size: 9pt; }
        caption { text-align: left; font-weight: bold; font-size: 10.5pt; padding: 0 0 4pt; }
        th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #b1b4b6; padding: 3pt 4pt; }
        thead th { border-bottom: 2px solid #0b0c0c; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        .num { text-align: right; white-space: nowrap; }
        .judgement { font-size: 12pt; }
        .commentary { border-left: 4px solid #b1b4b6; padding-left: 8pt; }
        .none, .byline { color: #505a5f; }
        .measure { break-inside: avoid; }
        figure { margin: 4pt 0 10pt; }
        .chart { width: 100%; max-height: 55mm; font-family: Arial, Helvetica, sans-serif; }
        figcaption { font-size: 8pt; color: #505a5f; }
        .annex { font-size: 8pt; }
        .annex th, .annex td { padding: 1pt 4pt; }
        """;
}
