using Oversight.Web;

namespace Oversight.Cli.Tests.Commands;

/// Where the served app listens: whatever the standard settings say, and loopback only when nothing does.
public sealed class ServeAddressTests
{
    [Theory]
    [InlineData(new string[0], WebApp.DefaultUrl)]
    [InlineData(new[] { "--urls", "http://0.0.0.0:8080" }, "http://0.0.0.0:8080")]
    [InlineData(new[] { "--urls=http://127.0.0.1:9000" }, "http://127.0.0.1:9000")]
    [InlineData(new[] { "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:9001" }, null)]
    public async Task Build_WithSettings_ListensWhereTheySayElseLoopback(string[] args, string? urls)
    {
        await using var app = WebApp.Build(args, contentRoot: AppContext.BaseDirectory);

        Assert.Equal(urls, app.Configuration["urls"]);
    }
}
