using System.Net;
using Microsoft.Playwright;

namespace Oversight.Core.Reporting;

/// Prints an HTML document to an A4 PDF with Debian's Chromium (no downloaded browser), numbering every page.
public static class PdfPrinter
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    // Each print starts its own Chromium (a few hundred MB for a second or two), so at most two run at once and
    // further requests, such as a burst of public downloads, wait their turn instead of exhausting the machine.
    private static readonly SemaphoreSlim Printers = new(2);

    /// OVERSIGHT_CHROMIUM, or Debian's Chromium.
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("OVERSIGHT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<byte[]> PrintAsync(string html, string footer, CancellationToken cancellationToken)
    {
        await Printers.WaitAsync(cancellationToken);
        try
        {
            return await PrintOneAsync(html, footer, cancellationToken);
        }
        finally
        {
            Printers.Release();
        }
    }

    private static async Task<byte[]> PrintOneAsync(string html, string footer, CancellationToken cancellationToken)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false });
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        cancellationToken.ThrowIfCancellationRequested();
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            DisplayHeaderFooter = true,
            // Chromium's header and footer have no styles of their own: the font size must be given.
            HeaderTemplate = "<span></span>",
            FooterTemplate = $"""<div style="font-size:8pt;font-family:Arial,sans-serif;width:100%;padding:0 15mm;display:flex;justify-content:space-between"><span>{WebUtility.HtmlEncode(footer)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>""",
            Margin = new Margin { Top = "15mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
        });
    }
}
