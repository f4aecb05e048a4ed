using System.Text.Json;
using System.Text.Json.Nodes;
using Oversight.Core.Configuration;
using Oversight.Core.Performance.PoliceData;
using Oversight.Core.Plan;

namespace Oversight.Core.Tests.Performance.PoliceData;

public sealed class PoliceDataConfigurationLoaderTests : IDisposable
{
    private const string Shipped = "config/police-data/west-yorkshire.json";
    private readonly string folder = Directory.CreateTempSubdirectory("oversight-police-config-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Load_Shipped_ComparesEveryOtherBroadGroupWithWhite()
    {
        var config = PoliceDataConfigurationLoader.Load(Shipped, PlanLoader.Load("config/plans/west-yorkshire-2024-28.json"));

        Assert.Equal("White", config.StopSearchMeasures.BaselineGroup);
        Assert.Equal(["Asian", "Black", "Mixed", "Other"], config.StopSearchMeasures.ComparisonGroups.Keys.Order());
        Assert.Equal("stop-and-search-disproportionality", config.StopSearchMeasures.ComparisonGroups["Black"]);
    }

    [Theory]
    [InlineData("Asian", "stop-and-search-disproportionality-martian", "stopSearchMeasures.comparisonGroups.Asian: \"stop-and-search-disproportionality-martian\" is not a measure of the plan")]
    [InlineData("White", "stop-and-search-disproportionality", "\"White\" is the baseline group and cannot also be compared with it")]
    public void Load_BadComparisonGroup_StopsNamingIt(string group, string measure, string expected)
    {
        var json = JsonNode.Parse(File.ReadAllText(Shipped), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        json["stopSearchMeasures"]!["comparisonGroups"]![group] = measure;
        var file = Path.Combine(folder, "west-yorkshire.json");
        File.WriteAllText(file, json.ToJsonString());

        var e = Assert.Throws<ConfigurationFileException>(() => PoliceDataConfigurationLoader.Load(file, PlanLoader.Load("config/plans/west-yorkshire-2024-28.json")));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
