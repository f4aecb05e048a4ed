using System.Text.Json.Nodes;
using Oversight.Core.Configuration;
using Oversight.Core.Plan;

namespace Oversight.Core.Tests.Plan;

public sealed class PlanLoaderTests : IDisposable
{
    private const string Shipped = "config/plans/west-yorkshire-2024-28.json";
    private readonly string folder = Directory.CreateTempSubdirectory("oversight-plan-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Load_ShippedWestYorkshirePlan_HasThreePrioritiesAndSevenThemes()
    {
        var plan = PlanLoader.Load(Shipped);

        Assert.Equal(3, plan.Priorities.Count);
        Assert.Equal(7, plan.PerformanceThemes.Count);
        Assert.Equal("Serious Violence", plan.PerformanceThemes[0].Title);
        Assert.All(plan.PerformanceThemes, t => Assert.NotEmpty(t.Measures));
    }

    [Fact]
    public void Load_ShippedPlan_HasTheOfficesLetterheadBesideItsName()
    {
        var letterhead = PlanLoader.Load(Shipped).LetterheadOrName;

        Assert.Equal("Mayor of West Yorkshire: Policing and Crime", letterhead.Name);
        Assert.Equal("LS1 2DE", letterhead.Address[^1]);
        Assert.Equal("policingandcrime@westyorks-ca.gov.uk", letterhead.Email);
        Assert.Null(letterhead.LogoPath);
    }

    [Fact]
    public void Load_MissingFile_NamesThePath()
    {
        var e = Assert.Throws<ConfigurationFileException>(() => PlanLoader.Load(Path.Combine(folder, "none.json")));

        Assert.Contains("none.json: file not found", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("performanceThemes[0].measures[0].unit", "\"furlongs\"", "performanceThemes[0].measures[0].unit")]
    [InlineData("performanceThemes[1].measures[0].owner", "\"nobody\"", "performanceThemes[1].measures[0].owner: \"nobody\" is not one of the plan's organisations")]
    [InlineData("priorities[1].number", "7", "priorities: must be numbered")]
    [InlineData("crossCuttingThemes[0].id", "\"Not Kebab\"", "crossCuttingThemes[0].id")]
    [InlineData("title", "\"  \"", "title: must not be blank")]
    [InlineData("performanceThemes[0].measures[1].target.trajectory.by", "\"2020-21\"", "performanceThemes[0].measures[1].target.trajectory.by: must end after the baseline")]
    [InlineData("performanceThemes[0].measures[1].target.source", "\"\"", "performanceThemes[0].measures[1].target.source: must not be blank")]
    [InlineData("datasets[0].return.due", "{}", "datasets[0].return.due: must give exactly one of workingDays and days")]
    [InlineData("letterhead.name", "\" \"", "letterhead.name: must not be blank")]
    public void Load_BrokenField_StopsWithMessageNamingTheField(string path, string value, string expected)
    {
        var file = WriteShippedWith(path, JsonNode.Parse(value));

        var e = Assert.Throws<ConfigurationFileException>(() => PlanLoader.Load(file));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedPlan_HasTargetsOnlyWhereACommitmentGivesOne_EachWithItsSource()
    {
        var plan = PlanLoader.Load(Shipped);

        Assert.Equal(["knife-crime", "fatal-collisions", "serious-injury-collisions"], plan.Measures.Where(m => m.Target is not null).Select(m => m.Id));
        Assert.All(plan.Measures.Select(m => m.Target).OfType<Oversight.Domain.Plan.MeasureTarget>(), t => Assert.DoesNotContain("Invented", t.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WithDemoTargets_LaysThirtyOrMoreInventedTargetsOverThePlansOwn()
    {
        var plan = PlanLoader.Load(Shipped, "demo/targets.json");

        var invented = plan.Measures.Where(m => m.Target?.Source == "Invented for the demo").ToList();
        Assert.True(invented.Count >= 30, $"only {invented.Count} demo targets");
        Assert.Contains("halving knife crime", plan.FindMeasure("knife-crime")!.Target!.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DemoTargetForAnUnknownMeasure_NamesTheField()
    {
        var file = Path.Combine(folder, "targets.json");
        File.WriteAllText(file, """{"note": "x", "targets": {"no-such-measure": {"value": 1, "source": "s", "rationale": "r"}}}""");

        var e = Assert.Throws<ConfigurationFileException>(() => PlanLoader.Load(Shipped, file));

        Assert.Contains("targets.no-such-measure: \"no-such-measure\" is not a measure of the plan", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownProperty_IsRejected()
    {
        var file = WriteShippedWith("visoin", JsonValue.Create("typo"));

        var e = Assert.Throws<ConfigurationFileException>(() => PlanLoader.Load(file));

        Assert.Contains("visoin", e.Message, StringComparison.Ordinal);
    }

    private string WriteShippedWith(string path, JsonNode? value)
    {
        var root = JsonNode.Parse(File.ReadAllText(ConfigurationFile.Resolve(Shipped)))!;
        var parts = path.Split('.');
        JsonNode node = root;
        foreach (var part in parts[..^1])
        {
            node = Step(node, part);
        }

        var last = parts[^1];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            node[last] = value;
        }
        else
        {
            var index = int.Parse(last[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            node[last[..bracket]]![index] = value;
        }

        var file = Path.Combine(folder, "plan.json");
        File.WriteAllText(file, root.ToJsonString());
        return file;
    }

    private static JsonNode Step(JsonNode node, string part)
    {
        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            return node[part]!;
        }

        var index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        return node[part[..bracket]]![index]!;
    }
}
