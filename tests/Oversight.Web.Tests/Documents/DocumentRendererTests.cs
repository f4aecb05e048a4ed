using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Oversight.Web.Documents;

namespace Oversight.Web.Tests.Documents;

public sealed class DocumentRendererTests
{
    [Fact]
    public async Task PrintedDocument_EncodesWhatItIsGiven_AndCarriesLanguageTitleAndPrintStyles()
    {
        // Arrange
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var renderer = new DocumentRenderer(services, services.GetRequiredService<ILoggerFactory>());
        RenderFragment body = b => b.AddContent(0, "<script>alert(1)</script> & more");

        // Act
        var html = await renderer.RenderAsync<PrintedDocument>(new Dictionary<string, object?>
        {
            [nameof(PrintedDocument.Title)] = "Report <2025/26> & co",
            [nameof(PrintedDocument.ChildContent)] = body,
        });

        // Assert
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-GB\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Report &lt;2025/26&gt; &amp; co</title>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4; }", html, StringComparison.Ordinal);
    }
}
