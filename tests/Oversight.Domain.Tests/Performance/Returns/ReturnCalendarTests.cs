using Oversight.Domain.Performance;
using Oversight.Domain.Performance.Returns;
using Oversight.Domain.Plan;

namespace Oversight.Domain.Tests.Performance.Returns;

public class ReturnCalendarTests
{
    private static readonly DataReturn TwentyWorkingDays = new(MeasureFrequency.Monthly, new DueRule(WorkingDays: 20));

    [Fact]
    public void DueOn_TwentyWorkingDaysAfterMarch2025_SkipsEasterBankHolidays()
    {
        // 28 April without Good Friday (18th) and Easter Monday (21st).
        Assert.Equal(new DateOnly(2025, 4, 30), TwentyWorkingDays.DueOn(new DateOnly(2025, 3, 31)));
        Assert.Equal(new DateOnly(2025, 4, 23), TwentyWorkingDays.RemindOn(new DateOnly(2025, 4, 30)));
    }

    [Fact]
    public void DueOn_CalendarDays_CountsEveryDay() =>
        Assert.Equal(new DateOnly(2025, 5, 30), new DueRule(Days: 60).After(new DateOnly(2025, 3, 31)));

    [Theory]
    [InlineData("2025-04-30", "2025-02")] // March's value is due today, so it is not late yet
    [InlineData("2025-05-01", "2025-03")]
    public void Expected_IsTheLatestPeriodWhoseDueDayHasPassed(string today, string expected) =>
        Assert.Equal(expected, TwentyWorkingDays.Expected(MeasureFrequency.Monthly, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).Text);

    [Fact]
    public void Expected_QuarterlyMeasureOfMonthlyReturn_UsesItsOwnQuarter() =>
        Assert.Equal("2024-25 Q4", TwentyWorkingDays.Expected(MeasureFrequency.Quarterly, new DateOnly(2025, 5, 1)).Text);

    [Fact]
    public void Returns_MarchReturnAlsoCarriesTheQuarter_AndIsOverdueWhileItIsMissing()
    {
        var plan = Plan();
        var received = new HashSet<(string, DateOnly)>
        {
            ("monthly", new DateOnly(2025, 1, 1)), ("monthly", new DateOnly(2025, 2, 1)), ("monthly", new DateOnly(2025, 3, 1)),
        };

        var returns = ReturnCalendar.Returns(plan, plan.Datasets[0], new DateOnly(2025, 1, 1), new DateOnly(2025, 5, 1), (m, s) => received.Contains((m, s)));

        Assert.Equal(["2025-01", "2025-02", "2025-03", "2025-04"], returns.Select(r => r.Period.Text));
        Assert.Equal([ReturnStatus.Received, ReturnStatus.Received, ReturnStatus.Overdue, ReturnStatus.Due], returns.Select(r => r.Status));
        Assert.Equal(["quarterly"], returns[2].Missing);
        Assert.Equal(["monthly"], returns[3].Missing);
        Assert.Equal(new DateOnly(2025, 5, 30), returns[3].DueOn); // Early May (5th) and spring (26th) bank holidays
    }

    private static PoliceAndCrimePlan Plan() => new(
        "p", "Plan", "Office", "Area", new PlanPeriod(new DateOnly(2024, 4, 1), new DateOnly(2028, 3, 31)), "Vision", null,
        [new OrganisationDefinition("office", "The Office", OrganisationKind.Office)],
        [new Dataset("returns", "Returns", "office", ["monthly", "quarterly"], TwentyWorkingDays)],
        [],
        [],
        [new PerformanceTheme("t", 1, "Theme", "Summary",
        [
            new Measure("monthly", "Monthly", "", MeasureUnit.Count, MeasureFrequency.Monthly, ImprovementDirection.Decrease, MeasureSource.Manual, "office"),
            new Measure("quarterly", "Quarterly", "", MeasureUnit.Count, MeasureFrequency.Quarterly, ImprovementDirection.Decrease, MeasureSource.Manual, "office"),
        ])]);
}
