using System.Text.Json;
using System.Text.Json.Nodes;
using Oversight.Core.Configuration;
using Oversight.Core.Decisions;
using Oversight.Domain.Decisions;

namespace Oversight.Core.Tests.Decisions;

public sealed class SchemeLoaderTests : IDisposable
{
    private const string Shipped = "config/delegation/west-yorkshire.json";
    private readonly string folder = Directory.CreateTempSubdirectory("oversight-scheme-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Load_ShippedScheme_SendsGrantsOverFiftyThousandToTheMayor_AndMarksItsValuesIllustrative()
    {
        var scheme = SchemeLoader.Load(Shipped);

        Assert.Contains("illustrative", scheme.Note, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, scheme.RequiredScores);
        Assert.Equal("mayor", scheme.Required(DecisionType.GrantAward, 50_000.01m).Post);
        Assert.Equal("deputy-mayor", scheme.Required(DecisionType.GrantAward, 50_000m).Post);
        Assert.Equal("grants-manager", scheme.Required(DecisionType.GrantAward, 10_000m).Post);
        Assert.True(scheme.Rule(DecisionType.PreceptProposal).Significant);
    }

    [Theory]
    [InlineData("decisions[0].delegations[1].post", "\"lord-mayor\"", "decisions[0].delegations[1].post: \"lord-mayor\" is not one of the posts")]
    [InlineData("decisions[0].delegations[1].upTo", "5000", "decisions[0].delegations[1].upTo: must be more than the delegation before it")]
    [InlineData("decisions[0].delegations[0].role", "\"Wizard\"", "decisions[0].delegations[0].role: \"Wizard\" is not a role")]
    [InlineData("monitoringOfficerPost", "\"nobody\"", "monitoringOfficerPost: \"nobody\" is not one of the posts")]
    [InlineData("requiredScores", "0", "requiredScores: must be from 1 to 10")]
    [InlineData("decisions[1].type", "\"grant-award\"", "decisions[1].type: is given twice")]
    [InlineData("decisions[0].preconditions[0]", "\"round-shut\"", "line")]
    public void Load_BrokenScheme_StopsNamingTheField(string path, string value, string expected)
    {
        var root = JsonNode.Parse(File.ReadAllText(ConfigurationFile.Resolve(Shipped)), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        JsonNode node = root;
        var parts = path.Split('.');
        foreach (var part in parts[..^1])
        {
            node = Step(node, part);
        }

        var last = parts[^1];
        if (last.EndsWith(']'))
        {
            var name = last[..last.IndexOf('[', StringComparison.Ordinal)];
            node[name]![int.Parse(last[(last.IndexOf('[', StringComparison.Ordinal) + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)] = JsonNode.Parse(value);
        }
        else
        {
            node[last] = JsonNode.Parse(value);
        }

        var file = Path.Combine(folder, "scheme.json");
        File.WriteAllText(file, root.ToJsonString());

        var e = Assert.Throws<ConfigurationFileException>(() => SchemeLoader.Load(file));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("scheme.json", e.Message, StringComparison.Ordinal);
    }

    private static JsonNode Step(JsonNode node, string part)
    {
        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? node[part]! : node[part[..bracket]]![int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
    }
}
