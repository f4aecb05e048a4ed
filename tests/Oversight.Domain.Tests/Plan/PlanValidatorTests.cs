using Oversight.Domain.Performance;
using Oversight.Domain.Plan;

namespace Oversight.Domain.Tests.Plan;

public class PlanValidatorTests
{
    private static PoliceAndCrimePlan Valid() => new(
        "test-plan", "Plan", "Office", "Area", new PlanPeriod(new DateOnly(2024, 4, 1), new DateOnly(2028, 3, 31)), "Vision", null,
        [new OrganisationDefinition("office", "The Office", OrganisationKind.Office)],
        [new Dataset("office-data", "Office data", "office", ["m1"])],
        [new Priority("p1", 1, "Priority", "Summary", ["Deliver"])],
        [new CrossCuttingTheme("c1", "Theme", "Summary")],
        [new PerformanceTheme("t1", 1, "Theme", "Summary",
            [new Measure("m1", "Measure", "", MeasureUnit.Count, MeasureFrequency.Monthly, ImprovementDirection.Decrease, MeasureSource.Manual, "office")])]);

    [Fact]
    public void Validate_ValidPlan_HasNoErrors() => Assert.Empty(PlanValidator.Validate(Valid()));

    [Fact]
    public void Validate_IdUsedTwice_NamesTheSecondUse()
    {
        var plan = Valid() with { CrossCuttingThemes = [new CrossCuttingTheme("p1", "Clash", "")] };

        var error = Assert.Single(PlanValidator.Validate(plan));

        Assert.Equal("crossCuttingThemes[0].id", error.Field);
        Assert.Contains("used more than once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EndBeforeStart_IsAnError()
    {
        var plan = Valid() with { Period = new PlanPeriod(new DateOnly(2028, 1, 1), new DateOnly(2024, 1, 1)) };

        Assert.Contains(PlanValidator.Validate(plan), e => e.Field == "period.end");
    }

    [Fact]
    public void Validate_MeasureInNoDataset_IsAnError()
    {
        var plan = Valid() with { Datasets = [new Dataset("office-data", "Office data", "office", [])] };

        Assert.Contains(PlanValidator.Validate(plan), e => e.Message == "measure \"m1\" is in no dataset");
    }

    [Fact]
    public void Validate_MeasureInTwoDatasets_IsAnError()
    {
        var plan = Valid() with { Datasets = [new Dataset("a", "A", "office", ["m1"]), new Dataset("b", "B", "office", ["m1"])] };

        Assert.Contains(PlanValidator.Validate(plan), e => e.Field == "datasets[1].measures");
    }

    [Fact]
    public void Validate_NoOfficeOrganisation_IsAnError()
    {
        var plan = Valid() with { Organisations = [new OrganisationDefinition("office", "Force", OrganisationKind.Police)] };

        Assert.Contains(PlanValidator.Validate(plan), e => e.Field == "organisations");
    }

    [Fact]
    public void Validate_ThemeWithoutMeasures_IsAnError()
    {
        var plan = Valid() with { PerformanceThemes = [new PerformanceTheme("t1", 1, "Theme", "", [])] };

        Assert.Contains(PlanValidator.Validate(plan), e => e.Field == "performanceThemes[0].measures");
    }
}
