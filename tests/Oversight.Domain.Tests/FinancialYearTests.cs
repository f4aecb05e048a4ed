using Microsoft.Extensions.Time.Testing;

namespace Oversight.Domain.Tests;

public class FinancialYearTests
{
    [Theory]
    [InlineData(2024, 3, 31, 2023, "2023-24")]
    [InlineData(2024, 4, 1, 2024, "2024-25")]
    [InlineData(2025, 3, 31, 2024, "2024-25")]
    [InlineData(2021, 12, 1, 2021, "2021-22")]
    [InlineData(2000, 1, 1, 1999, "1999-00")]
    public void StartYearOfAndOf_YearStartsOnFirstApril(int year, int month, int day, int startYear, string name)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(startYear, FinancialYear.StartYearOf(date));
        Assert.Equal(name, FinancialYear.Of(date));
    }

    [Theory]
    [InlineData(2024, "2024-25", "2024/25")]
    [InlineData(2009, "2009-10", "2009/10")]
    [InlineData(2000, "2000-01", "2000/01")]
    [InlineData(1999, "1999-00", "1999/00")]
    public void NameAndLabel_WriteTheYearForDataAndForPeople(int startYear, string name, string label)
    {
        Assert.Equal(name, FinancialYear.Name(startYear));
        Assert.Equal(label, FinancialYear.Label(startYear));
    }

    [Fact]
    public void StartAndEnd_AreFirstAprilAndThirtyFirstMarch()
    {
        Assert.Equal(new DateOnly(2024, 4, 1), FinancialYear.Start(2024));
        Assert.Equal(new DateOnly(2025, 3, 31), FinancialYear.End(2024));
    }

    [Theory]
    [InlineData("2024-25", 2024)]
    [InlineData("1999-00", 1999)]
    public void Parse_CanonicalName_GivesFirstAndLastDays(string text, int startYear)
    {
        Assert.Equal((new DateOnly(startYear, 4, 1), new DateOnly(startYear + 1, 3, 31)), FinancialYear.Parse(text));
    }

    [Theory]
    [InlineData("2024/25")]
    [InlineData("2024-26")]
    [InlineData(" 2024-25")]
    [InlineData("2024-2025")]
    [InlineData("0000-01")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_OtherSpellings_AreRejected(string? text)
    {
        Assert.Null(FinancialYear.Parse(text));
    }

    [Theory]
    [InlineData(2019, 2019)]
    [InlineData(1999, 2025)]
    [InlineData(2101, 2025)]
    [InlineData(null, 2025)]
    public void Resolve_PlausibleYearOrTheCurrentOneInUkTime(int? asked, int expected)
    {
        // 00:30 BST on 1 April 2025: still 31 March in UTC, but the new year in the UK.
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 31, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(expected, FinancialYear.Resolve(asked, clock));
    }

    [Fact]
    public void Instants_RunFromUkMidnightOnFirstApril()
    {
        var (from, to) = FinancialYear.Instants(2024);

        Assert.Equal(new DateTimeOffset(2024, 3, 31, 23, 0, 0, TimeSpan.Zero), from);
        Assert.Equal(new DateTimeOffset(2025, 3, 31, 23, 0, 0, TimeSpan.Zero), to);
        Assert.Equal(TimeSpan.Zero, from.Offset);
    }
}
