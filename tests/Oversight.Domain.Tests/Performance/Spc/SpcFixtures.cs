using System.Text.Json;

namespace Oversight.Domain.Tests.Performance.Spc;

/// <summary>Loads the shared reference fixtures at test time, so no expected number is copied into code.</summary>
public static class SpcFixtures
{
    private const string RelativePath = "shared/spc/spc_fixtures.json";

    private static readonly Lazy<JsonElement> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Locate())).RootElement);

    public static JsonElement Root => Document.Value;

    public static IEnumerable<JsonElement> Series => Root.GetProperty("series").EnumerateArray();

    public static JsonElement SeriesById(string id) => Series.Single(s => s.GetProperty("id").GetString() == id);

    // The repo is checked out with shared/ beside it, so look in each ancestor and its parent.
    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, RelativePath), Path.Combine(dir.FullName, "..", RelativePath) })
            {
                if (File.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new FileNotFoundException($"Could not find {RelativePath} above {AppContext.BaseDirectory}.");
    }
}
