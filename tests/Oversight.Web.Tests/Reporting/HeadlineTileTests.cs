using Oversight.Core.Reporting.Annual;
using Oversight.Domain.Reporting;
using Oversight.Web.Reporting.Documents;

namespace Oversight.Web.Tests.Reporting;

/// The year in numbers: which words of a headline paragraph go in large type.
public sealed class HeadlineTileTests
{
    private static AnnualPart Text(string text) => new(text, null, false);

    private static AnnualPart Count(string key, decimal value) =>
        new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), new Figure(key, key, value, FigureFormat.Count, ReportSection.Headlines, "Records", "/r"), true);

    private static string Words(IEnumerable<AnnualPart> parts) => string.Concat(parts.Select(p => p.Text));

    [Fact]
    public void From_TwoCountsJoinedByAnd_PutsBothWithTheirNounsInLargeTypeAndKeepsTheParagraph()
    {
        AnnualPart[] paragraph = [Text("Immediate Justice took "), Count("a", 537), Text(" adults and "), Count("c", 882), Text(" children, who repaired harm.")];

        var tile = HeadlineTile.From(paragraph);

        Assert.Equal("537 adults and 882 children", Words(tile.Big));
        Assert.Equal("Immediate Justice took 537 adults and 882 children, who repaired harm.", Words(tile.Body));
    }

    [Fact]
    public void From_AParagraphOpeningWithItsFigure_ContinuesFromItAndOneWithoutAFigureHasNoLargeType()
    {
        var opening = HeadlineTile.From([Count("m", 126), Text(" projects were funded.")]);
        var plain = HeadlineTile.From([Text("A year of work.")]);

        Assert.Equal("126", Words(opening.Big));
        Assert.Equal("projects were funded.", Words(opening.Body));
        Assert.Empty(plain.Big);
        Assert.Equal("A year of work.", Words(plain.Body));
    }
}
