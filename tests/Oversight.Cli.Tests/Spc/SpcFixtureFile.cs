using System.Text.Json;

namespace Oversight.Cli.Tests.Spc;

/// The shared SPC reference fixtures (shared/spc beside the repository), read at test time.
public static class SpcFixtureFile
{
    private static readonly Lazy<JsonElement> Root = new(() => JsonDocument.Parse(File.ReadAllText(Locate())).RootElement);

    public static JsonElement Series(string id) =>
        Root.Value.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);

    public static string Csv(JsonElement series) =>
        SpcCli.Csv(series.GetProperty("periods").EnumerateArray().Zip(series.GetProperty("values").EnumerateArray(), (p, v) => (p.GetString()!, v.GetDouble())));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "spc", "spc_fixtures.json"), Path.Combine(dir.FullName, "..", "shared", "spc", "spc_fixtures.json") })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException("shared/spc/spc_fixtures.json was not found above " + AppContext.BaseDirectory);
    }
}
