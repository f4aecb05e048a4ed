using Oversight.Domain.Reporting;

namespace Oversight.Domain.Tests.Reporting;

public class FigureTests
{
    [Theory]
    [InlineData(FigureFormat.Money, "1583186.05", "£1,583,186.05")]
    [InlineData(FigureFormat.Count, "116735", "116,735")]
    [InlineData(FigureFormat.Percentage, "22", "22%")]
    [InlineData(FigureFormat.Percentage, "33.25", "33.3%")]
    public void Text_WritesTheValueInItsFormat(FigureFormat format, string value, string expected)
    {
        var figure = new Figure("k", "Label", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), format, "s", "Source", "/records");

        Assert.Equal(expected, figure.Text);
    }
}
