using Oversight.Domain.Calendar;
using Oversight.Domain.Casework;

namespace Oversight.Domain.Tests.Casework;

public class CaseworkRulesTests
{
    private static readonly DateOnly OutcomeGiven = new(2024, 5, 1);

    [Theory]
    [InlineData(2024, 5, 2, Timeliness.InTime)] // the day after: day 1
    [InlineData(2024, 5, 29, Timeliness.InTime)] // day 28
    [InlineData(2024, 5, 30, Timeliness.OutOfTime)] // day 29
    public void Assess_AroundDay28_IsInTimeUpToAndIncludingIt(int year, int month, int day, Timeliness expected) =>
        Assert.Equal(expected, ReviewTimeLimit.Assess(OutcomeGiven, new DateOnly(year, month, day)));

    [Fact]
    public void Assess_Day29WithExtension_IsExtendedAndInTime() =>
        Assert.Equal(Timeliness.ExtendedAndInTime, ReviewTimeLimit.Assess(OutcomeGiven, new DateOnly(2024, 5, 30), extendedTo: new DateOnly(2024, 6, 14)));

    [Fact]
    public void Assess_AfterTheExtension_IsOutOfTime() =>
        Assert.Equal(Timeliness.OutOfTime, ReviewTimeLimit.Assess(OutcomeGiven, new DateOnly(2024, 6, 15), extendedTo: new DateOnly(2024, 6, 14)));

    [Fact]
    public void LastDay_WithDaysSpentForwarding_MovesBack() =>
        Assert.Equal(new DateOnly(2024, 6, 3), ReviewTimeLimit.LastDay(OutcomeGiven, daysForwarding: 5));

    [Theory]
    [InlineData(2024, new[] { "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26" })]
    [InlineData(2022, new[] { "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27" })]
    [InlineData(2020, new[] { "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28" })]
    public void BankHolidays_KnownYears_MatchThePublishedDates(int year, string[] expected) =>
        Assert.Equal(expected.Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture)).Order(), BankHolidays.EnglandAndWales(year).Order());

    [Fact]
    public void WorkingDays_TenFromBeforeEaster_SkipsGoodFridayEasterMondayAndWeekends()
    {
        // Thursday 28 March 2024 + 10 working days: Good Friday and Easter Monday and two weekends don't count.
        Assert.Equal(new DateOnly(2024, 4, 15), WorkingDays.Add(new DateOnly(2024, 3, 28), 10));
        Assert.Equal(10, WorkingDays.Between(new DateOnly(2024, 3, 28), new DateOnly(2024, 4, 15)));
    }

    [Theory]
    [InlineData(true, false, false, false, false)]
    [InlineData(false, true, false, false, false)]
    [InlineData(false, false, true, false, false)]
    [InlineData(false, false, false, true, false)]
    [InlineData(false, false, false, false, true)]
    public void ReviewBody_AnyOneCriterion_SendsTheReviewToTheIopcWithThatReason(bool chief, bool senior, bool proceedings, bool article, bool referred)
    {
        var decision = ReviewBody.Decide(new ReviewBodyFacts(chief, senior, proceedings, article, referred));

        Assert.Equal(ReviewBodyKind.Iopc, decision.Body);
        Assert.Single(decision.Reasons);
    }

    [Fact]
    public void ReviewBody_NoCriterion_IsTheLocalPolicingBody() =>
        Assert.Equal(ReviewBodyKind.LocalPolicingBody, ReviewBody.Decide(new ReviewBodyFacts(false, false, false, false, false)).Body);
}
