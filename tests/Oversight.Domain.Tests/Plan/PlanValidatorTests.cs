using Oversight.Domain.Performance;
using Oversight.Domain.Plan;

namespace Oversight.Domain.Tests.Plan;

public class PlanValidatorTests
{
    private static readonly DataReturn Return = new(MeasureFrequency.Monthly, new DueRule(WorkingDays: 20));

    private static PoliceAndCrimePlan Valid() => new(
        "test-plan", "Plan", "Office", "Area", new PlanPeriod(new DateOnly(2024, 4, 1), new DateOnly(2028, 3, 31)), "Vision", null,
        [new OrganisationDefinition("office", "The Office", OrganisationKind.Office)],
        [new Dataset("office-data", "Office data", "office", ["m1"], Return)],
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
        var plan = Valid() with { Datasets = [new Dataset("office-data", "Office data", "office", [], Return)] };

        Assert.Contains(PlanValidator.Validate(plan), e => e.Message == "measure \"m1\" is in no dataset");
    }

    [Fact]
    public void Validate_MeasureInTwoDatasets_IsAnError()
    {
        var plan = Valid() with { Datasets = [new Dataset("a", "A", "office", ["m1"], Return), new Dataset("b", "B", "office", ["m1"], Return)] };

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

    private static PoliceAndCrimePlan WithTarget(MeasureTarget target, ImprovementDirection improvement = ImprovementDirection.Decrease)
    {
        var plan = Valid();
        var theme = plan.PerformanceThemes[0];
        return plan with { PerformanceThemes = [theme with { Measures = [theme.Measures[0] with { Target = target, Improvement = improvement }] }] };
    }

    [Fact]
    public void Validate_FixedAndTrajectoryTargets_AreAccepted()
    {
        Assert.Empty(PlanValidator.Validate(WithTarget(new MeasureTarget("The plan", "Because", 100))));
        Assert.Empty(PlanValidator.Validate(WithTarget(new MeasureTarget("The plan", "Because", Trajectory: new TargetTrajectory("2023-24", -5, "2027-28 Q4")))));
    }

    [Theory]
    [InlineData("performanceThemes[0].measures[0].target", "must give exactly one of value and trajectory")]
    [InlineData("performanceThemes[0].measures[0].target.source", "must not be blank: say where the target comes from")]
    public void Validate_TargetWithBothKindsAndNoSource_NamesTheFields(string field, string message)
    {
        var plan = WithTarget(new MeasureTarget(" ", "Because", 5, new TargetTrajectory("2023-24", -5, "2027-28")));

        Assert.Contains(new FieldError(field, message), PlanValidator.Validate(plan));
    }

    [Fact]
    public void Validate_TrajectoryWithUnreadablePeriodAndDueBeforeBaseline_NamesTheFields()
    {
        var errors = PlanValidator.Validate(WithTarget(new MeasureTarget("S", "R", Trajectory: new TargetTrajectory("March 2024", -5, "2022-23"))));
        var later = PlanValidator.Validate(WithTarget(new MeasureTarget("S", "R", Trajectory: new TargetTrajectory("2023-24", -100, "2022-23"))));

        Assert.Contains(errors, e => e.Field == "performanceThemes[0].measures[0].target.trajectory.baseline");
        Assert.Contains(new FieldError("performanceThemes[0].measures[0].target.trajectory.by", "must end after the baseline"), later);
        Assert.Contains(later, e => e.Field == "performanceThemes[0].measures[0].target.trajectory.changePercent");
    }

    [Fact]
    public void Validate_TargetOnNeutralMeasure_IsRefused() =>
        Assert.Contains(
            PlanValidator.Validate(WithTarget(new MeasureTarget("S", "R", 5), ImprovementDirection.Neutral)),
            e => e.Field == "performanceThemes[0].measures[0].target" && e.Message.Contains("no better direction", StringComparison.Ordinal));

    [Fact]
    public void Validate_ReturnLessFrequentThanItsMeasure_OrWithTwoDueRules_IsRefused()
    {
        var plan = Valid() with
        {
            Datasets = [new Dataset("office-data", "Office data", "office", ["m1"], new DataReturn(MeasureFrequency.Quarterly, new DueRule(5, 5)))],
        };

        var errors = PlanValidator.Validate(plan);

        Assert.Contains(errors, e => e.Field == "datasets[0].return.frequency" && e.Message.Contains("\"m1\" is monthly", StringComparison.Ordinal));
        Assert.Contains(new FieldError("datasets[0].return.due", "must give exactly one of workingDays and days"), errors);
    }
}
