using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Playwright;

namespace Oversight.Core.Documents;

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

    // Reports are written from published or fixed records, so the same HTML recurs: a public annual report is
    // downloaded again and again. Printed PDFs are kept by the hash of what was printed, up to 64 MB, and an hour
    // unused; any change in the records changes the HTML and so misses the cache.
    private static readonly MemoryCache Printed = new(new MemoryCacheOptions { SizeLimit = 64L << 20 });

    /// The PDF of the HTML with the footer on every page. The same bytes may be returned to several callers:
    /// treat them as read-only.
    public static async Task<byte[]> PrintAsync(string html, string footer, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(footer + "\n" + html)));
        if (Printed.TryGetValue(key, out byte[]? pdf))
        {
            return pdf!;
        }

        await Printers.WaitAsync(cancellationToken);
        try
        {
            // A burst of the same download queues here: whoever printed first serves those behind.
            if (!Printed.TryGetValue(key, out pdf))
            {
                pdf = await PrintOneAsync(html, footer, cancellationToken);
                Printed.Set(key, pdf, new MemoryCacheEntryOptions { Size = pdf.Length, SlidingExpiration = TimeSpan.FromHours(1) });
            }

            return pdf!;
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
            // A tagged PDF reads in order with a screen reader, and its outline (bookmarks) comes from the headings.
            Tagged = true,
            Outline = true,
            DisplayHeaderFooter = true,
            // Chromium's header and footer have no styles of their own: the font size must be given.
            HeaderTemplate = "<span></span>",
            FooterTemplate = $"""<div style="font-size:8pt;font-family:Arial,sans-serif;width:100%;padding:0 15mm;display:flex;justify-content:space-between"><span>{WebUtility.HtmlEncode(footer)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>""",
            Margin = new Margin { Top = "15mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
        });
    }
}
