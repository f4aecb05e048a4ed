using System.Text;
using Oversight.Core.Documents;

namespace Oversight.Core.Tests.Reporting;

public sealed class PdfPrinterTests
{
    [Fact]
    public async Task TheSameDocument_IsPrintedOnce_AndAnyChangePrintsAgain()
    {
        // Unique text, so no other test's print can already be in the cache.
        var html = $"<!DOCTYPE html><html lang=\"en\"><title>t</title><p>{Guid.NewGuid()}</p></html>";
        var cancellationToken = TestContext.Current.CancellationToken;

        var first = await PdfPrinter.PrintAsync(html, "Footer", cancellationToken);
        var again = await PdfPrinter.PrintAsync(html, "Footer", cancellationToken);
        var otherFooter = await PdfPrinter.PrintAsync(html, "Another footer", cancellationToken);

        Assert.Equal("%PDF", Encoding.ASCII.GetString(first, 0, 4));
        // Chromium stamps each print with its creation time, so only the cache can give back the same array.
        Assert.Same(first, again);
        Assert.NotSame(first, otherFooter);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(otherFooter, 0, 4));
    }
}
