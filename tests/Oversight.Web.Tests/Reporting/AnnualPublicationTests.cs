using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Oversight.Core.Reporting.Annual;
using Oversight.Domain.Reporting;
using Oversight.Web.Documents;
using Oversight.Web.Reporting.Documents;

namespace Oversight.Web.Tests.Reporting;

/// The annual report's document rendered from a document built by hand: what the annex says of a cited statistic,
/// and which sections start a page.
public sealed class AnnualPublicationTests
{
    private static readonly Figure Reoffending = new(
        "cited.proven-reoffending", "Proven reoffending rate, West Yorkshire", 31.4m, FigureFormat.Percentage, "", "Ministry of Justice, Proven reoffending statistics", "/annual-reports/cited-statistics/1",
        Citation: new FigureCitation("July 2022 to June 2023", "Ministry of Justice", "Proven reoffending statistics", "https://www.gov.uk/government/collections/proven-reoffending-statistics", new DateOnly(2025, 6, 2)));

    private static readonly Figure Projects = new("funding.safer-communities.projects", "Projects funded", 126, FigureFormat.Count, ReportSection.Headlines, "Awarded applications", "/funding/reports");

    [Fact]
    public async Task Annex_ACitedFigure_GivesItsSource_AndOnlySectionsWithSomethingToReadStartAPage()
    {
        // Arrange: a draft citing a statistic another body published, with one section written and one not
        AnnualPart[] cited = [new("Reoffending stood at ", null, false), new(Reoffending.Text, Reoffending, true), new(".", null, false)];
        var document = new AnnualDocument(
            new AnnualCover("Mayor of West Yorkshire", "Annual Report 2024-25", "Police and Crime Plan 2024–28", "2024-25", 1, "Draft", true, null, null),
            [
                new AnnualSection("partnership", "Partnership working", [cited], [], [], [], []),
                new AnnualSection("casework", "Casework", [], [Projects], [], [], []),
            ],
            null, [], [Reoffending, Projects], []);
        await using var services = new ServiceCollection().BuildServiceProvider();

        // Act
        var html = await new DocumentRenderer(services, NullLoggerFactory.Instance).RenderAsync<AnnualPublication>(
            new Dictionary<string, object?> { [nameof(AnnualPublication.Document)] = document });
        var page = new HtmlParser().ParseDocument(html);

        // Assert
        Assert.Equal("Annual report 2024/25", page.Title);
        Assert.Equal(
            "Source: Ministry of Justice, Proven reoffending statistics, https://www.gov.uk/government/collections/proven-reoffending-statistics, retrieved 2 June 2025 (covering July 2022 to June 2023)",
            page.QuerySelector("#note-1 .citation")?.TextContent);
        Assert.Equal("https://www.gov.uk/government/collections/proven-reoffending-statistics", page.QuerySelector("#note-1 .citation a")?.GetAttribute("href"));
        Assert.Equal("Awarded applications", page.QuerySelectorAll("#note-2 td")[3].TextContent);
        Assert.Equal("Reoffending stood at 31.4%1.", page.QuerySelector("[data-section=partnership] p")?.TextContent);
        Assert.Equal("section chapter", page.QuerySelector("#partnership")?.ClassName);
        Assert.Equal("section", page.QuerySelector("#casework")?.ClassName);
    }
}
