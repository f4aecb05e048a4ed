using Oversight.Core.Documents;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Tests.Reporting;

/// Figures as a publication writes them, the exact value being in the annex.
public sealed class ReportWordsTests
{
    [Theory]
    [InlineData(1_583_186.05, FigureFormat.Money, "over £1.5 million")]
    [InlineData(4_000_000, FigureFormat.Money, "£4 million")]
    [InlineData(4_654_358, FigureFormat.Money, "over £4.6 million")]
    [InlineData(183_211.40, FigureFormat.Money, "over £183,000")]
    [InlineData(355_000, FigureFormat.Money, "£355,000")]
    [InlineData(9_660, FigureFormat.Money, "£9,660")]
    [InlineData(249.28, FigureFormat.Money, "£249.28")]
    [InlineData(13.00, FigureFormat.Money, "£13")]
    [InlineData(537, FigureFormat.Count, "537")]
    [InlineData(116_735, FigureFormat.Count, "116,735")]
    [InlineData(8_000_000, FigureFormat.Count, "8 million")]
    [InlineData(1_250_001, FigureFormat.Count, "over 1.2 million")]
    [InlineData(5.5, FigureFormat.Percentage, "5.5%")]
    [InlineData(22, FigureFormat.Percentage, "22%")]
    public void Written_RoundsDownLargeAmountsAndSaysOverOnlyWhenItRounded(double value, FigureFormat format, string expected)
    {
        var figure = new Figure("k", "A figure", (decimal)value, format, ReportSection.Headlines, "Records", "/records");

        Assert.Equal(expected, ReportWords.Written(figure));
    }
}
