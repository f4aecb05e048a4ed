using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Outputs;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Accountability;

public abstract class SprAndOutputPagesTests(HostFixture host)
{
    [Fact]
    public async Task SprUpdate_LinkedToAMeeting_IsListedUnderItsThreatAndOnTheMeeting()
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var meeting = await analyst.AddMeetingAsync(Body.PerformanceScrutiny, $"Scrutiny {Guid.NewGuid():N}", new DateOnly(2001, 6, 1));
        var summary = $"Counter terrorism capability reviewed {Guid.NewGuid():N}";

        // Act
        var response = await analyst.PostFormAsync("/accountability/spr/terrorism", new Dictionary<string, string>
        {
            ["Date.Day"] = "1",
            ["Date.Month"] = "6",
            ["Date.Year"] = "2001",
            ["Assurance"] = "Reasonable",
            ["Summary"] = summary,
            ["MeetingId"] = meeting.ToString(),
            ["ActionId"] = "",
        });

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var threat = await (await analyst.GetAsync("/accountability/spr/terrorism", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var card = Assert.Single(threat.QuerySelectorAll("[data-testid=spr-update]"), c => c.TextContent.Contains(summary, StringComparison.Ordinal));
        Assert.Contains("Reasonable assurance", card.TextContent, StringComparison.Ordinal);
        Assert.NotNull(card.QuerySelector($"a[href='/accountability/meetings/{meeting}']"));
        var meetingPage = await analyst.GetStringAsync($"/accountability/meetings/{meeting}", TestContext.Current.CancellationToken);
        Assert.Contains(summary, meetingPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SprIndex_ListsTheSevenNationalThreats()
    {
        var panel = await host.ClientForRoleAsync(Roles.PanelMember);

        var page = await (await panel.GetAsync("/accountability/spr", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Equal(
            ["violence-against-women-and-girls", "terrorism", "serious-and-organised-crime", "national-cyber-incident", "child-sexual-abuse", "public-disorder", "civil-emergencies"],
            page.QuerySelectorAll("[data-testid=threats] tbody tr").Select(r => r.GetAttribute("data-threat")));
    }

    [Fact]
    public async Task OutputValue_WithUploadedEvidence_IsTheYearsValueAndCanBeDownloaded()
    {
        // Arrange
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var name = $"Victims protected {Guid.NewGuid():N}";
        var created = await analyst.PostFormAsync("/accountability/outputs", new Dictionary<string, string> { ["Name"] = name, ["Programme"] = "Women's Safety Unit", ["Description"] = "" });
        var url = created.Headers.Location!.ToString();
        var evidence = Path.Combine(Directory.CreateTempSubdirectory("oversight-evidence-").FullName, "smartwater-return.csv");
        await File.WriteAllTextAsync(evidence, "quarter,victims\nQ1,101\n", TestContext.Current.CancellationToken);

        // Act
        await analyst.PostFilesAsync(url, new Dictionary<string, string> { ["Period"] = "2001-02", ["Value"] = "400", ["Note"] = "", ["EvidenceUrl"] = "https://example.org/first" });
        var correction = await analyst.PostFilesAsync(url, new Dictionary<string, string> { ["Period"] = "2001-02", ["Value"] = "416", ["Note"] = "Corrected return", ["EvidenceUrl"] = "" }, ("EvidenceFile", evidence));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, correction.StatusCode);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var value = await scope.ServiceProvider.GetRequiredService<ProgrammeOutputs>().ValueForAsync(ProgrammeOutputs.KeyOf(name), "2001-02", TestContext.Current.CancellationToken);
        Assert.Equal(416m, value?.Value);
        Assert.StartsWith("analyst-", value?.ConfirmedBy, StringComparison.Ordinal);
        var page = await (await analyst.GetAsync(url, TestContext.Current.CancellationToken)).GetDocumentAsync();
        Assert.Equal(2, page.QuerySelectorAll("[data-testid=values] tr[data-period='2001-02']").Length);
        var download = page.QuerySelector("a[href$='/evidence']")?.GetAttribute("href");
        Assert.Equal("quarter,victims\nQ1,101\n", await analyst.GetStringAsync(download, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task OutputValue_WithoutEvidence_IsRefused()
    {
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var created = await analyst.PostFormAsync("/accountability/outputs", new Dictionary<string, string> { ["Name"] = $"Output {Guid.NewGuid():N}", ["Programme"] = "VRP", ["Description"] = "" });

        var response = await analyst.PostFilesAsync(created.Headers.Location!.ToString(), new Dictionary<string, string> { ["Period"] = "2001-02", ["Value"] = "5", ["Note"] = "", ["EvidenceUrl"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Error: Enter a link to the evidence or choose a file to upload", (await response.GetDocumentAsync()).QuerySelector("#EvidenceUrl-error")?.TextContent.Trim());
    }
}

public sealed class SprAndOutputPagesTestsOnSqlite(SqliteHost host) : SprAndOutputPagesTests(host);

public sealed class SprAndOutputPagesTestsOnPostgres(PostgresHost host) : SprAndOutputPagesTests(host);
