using Oversight.Domain.Custody;

namespace Oversight.Domain.Tests.Custody;

public class RotaPlannerTests
{
    private static readonly string[] Visitors = ["a", "b", "c", "d", "e", "f"];
    private static readonly SuiteTarget[] Suites = [new("elland-road", 8), new("trafalgar-house", 6), new("havertop", 4)];

    [Fact]
    public void Plan_GivesEachSuiteItsTargetOnDifferentDaysWithinTheMonth()
    {
        var plan = RotaPlanner.Plan(Visitors, Suites, new DateOnly(2025, 2, 1), new Random(7));

        foreach (var suite in Suites)
        {
            var days = plan.Where(p => p.SuiteId == suite.SuiteId).Select(p => p.Day).ToList();
            Assert.Equal(suite.VisitsPerMonth, days.Count);
            Assert.Equal(days.Count, days.Distinct().Count());
            Assert.All(days, d => Assert.Equal(2, d.Month));
        }
    }

    [Fact]
    public void Plan_PairsTwoDifferentVisitorsAndVariesPairsDaysAndTimes()
    {
        var plan = RotaPlanner.Plan(Visitors, Suites, new DateOnly(2025, 2, 1), new Random(11));

        Assert.All(plan, p => Assert.NotEqual(p.First, p.Second));
        Assert.True(plan.Select(p => (p.First, p.Second)).Distinct().Count() > 5);
        Assert.True(plan.Select(p => p.Time).Distinct().Count() > 3);
        Assert.True(plan.Select(p => p.Day.DayOfWeek).Distinct().Count() > 3);
        Assert.All(plan, p => Assert.InRange(p.Time, new TimeOnly(7, 0), new TimeOnly(22, 0)));
    }

    [Fact]
    public void Plan_DifferentSeeds_GiveDifferentPlans() =>
        Assert.NotEqual(
            RotaPlanner.Plan(Visitors, Suites, new DateOnly(2025, 2, 1), new Random(1)),
            RotaPlanner.Plan(Visitors, Suites, new DateOnly(2025, 2, 1), new Random(2)));

    [Fact]
    public void Plan_OneVisitor_CannotMakeAPair() =>
        Assert.Throws<ArgumentException>(() => RotaPlanner.Plan(["a"], Suites, new DateOnly(2025, 2, 1), new Random(1)));
}
