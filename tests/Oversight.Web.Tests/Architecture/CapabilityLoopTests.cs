using System.Text.RegularExpressions;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Architecture;

/// Capabilities in Core use each other one way only. Read from each source file's namespace and its `using` lines,
/// no two capability folders under src/Oversight.Core (Performance, Reporting, Funding, …) may import each other,
/// directly or round a longer loop. A loop between second-level namespaces of two capabilities (Reporting.Annual and
/// Performance.Reports) is a loop between their capabilities, so it is caught too; the evidence names the files.
/// Data is left out: the DbContext names every capability's entities by design, and every capability uses it.
public sealed partial class CapabilityLoopTests
{
    /// Loops not yet removed, each to be taken out of this list when its loop goes.
    private static readonly string[] Known =
    [
        // Decisions drafts notices from funding applications (DecisionRegister) while funding asks Deciders whether
        // a person may decide; moving the drafting into Funding removes it.
        "Decisions ↔ Funding",
    ];

    [Fact]
    public void Core_HasNoImportLoopBetweenCapabilities()
    {
        var root = SharedData.RepositoryPath("src/Oversight.Core");
        var separator = Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
                && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal)
                && !f.Contains($"{separator}Data{separator}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(root, f).Replace(separator, '/'), File.ReadAllText(f)));

        var loops = Loops(files).Where(l => !Known.Contains(l.Split(':')[0], StringComparer.Ordinal));

        Assert.Empty(loops);
    }

    [Fact]
    public void Rule_FindsATwoWayAndARoundaboutLoop_ButNotOneWayUse()
    {
        (string, string)[] twoWay =
        [
            ("Reporting/ReportWords.cs", "using Oversight.Core.Performance.Reports;\nnamespace Oversight.Core.Reporting;"),
            ("Performance/Reports/Figures.cs", "using Oversight.Core.Reporting;\n\nnamespace Oversight.Core.Performance.Reports;"),
            ("Custody/Visits.cs", "using Oversight.Core.Reporting;\nnamespace Oversight.Core.Custody;"),
        ];
        (string, string)[] roundabout =
        [
            ("A/One.cs", "using Oversight.Core.B.Inner;\nnamespace Oversight.Core.A;"),
            ("B/Inner/Two.cs", "using Oversight.Core.C;\nnamespace Oversight.Core.B.Inner;"),
            ("C/Three.cs", "using Oversight.Core.A;\nnamespace Oversight.Core.C;"),
        ];
        (string, string)[] oneWay =
        [
            ("Documents/ReportWords.cs", "using Oversight.Domain.Plan;\nnamespace Oversight.Core.Documents;"),
            ("Performance/Reports/Figures.cs", "using Oversight.Core.Documents;\nnamespace Oversight.Core.Performance.Reports;"),
            ("Reporting/Annual/Annual.cs", "using Oversight.Core.Documents;\nusing Oversight.Core.Performance.Reports;\nnamespace Oversight.Core.Reporting.Annual;"),
            ("Performance/Judgements/J.cs", "using Oversight.Core.Performance.Reports;\nnamespace Oversight.Core.Performance.Judgements;"),
        ];

        var found = Assert.Single(Loops(twoWay));
        Assert.StartsWith("Performance ↔ Reporting:", found, StringComparison.Ordinal);
        Assert.Contains("Reporting → Performance (Reporting/ReportWords.cs)", found, StringComparison.Ordinal);
        Assert.Contains("Performance → Reporting (Performance/Reports/Figures.cs)", found, StringComparison.Ordinal);
        Assert.StartsWith("A ↔ B ↔ C:", Assert.Single(Loops(roundabout)), StringComparison.Ordinal);
        Assert.Empty(Loops(oneWay));
    }

    /// Each loop as "A ↔ B: A → B (files); B → A (files)", its capabilities in order.
    private static List<string> Loops(IEnumerable<(string Path, string Text)> files)
    {
        var edges = new SortedDictionary<string, SortedDictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            if (Capability(Namespace().Match(text).Groups[1].Value) is not { } from)
            {
                continue;
            }

            foreach (var to in Using().Matches(text).Select(m => Capability(m.Groups[1].Value)).OfType<string>().Where(to => to != from))
            {
                var targets = edges.TryGetValue(from, out var found) ? found : edges[from] = new(StringComparer.Ordinal);
                (targets.TryGetValue(to, out var paths) ? paths : targets[to] = new(StringComparer.Ordinal)).Add(path);
            }
        }

        var reach = edges.Keys.ToDictionary(k => k, k => Reachable(edges, k), StringComparer.Ordinal);
        var loops = new List<string>();
        foreach (var group in reach.Keys.Where(k => reach[k].Contains(k))
            .GroupBy(k => string.Join(" ↔ ", reach.Keys.Where(o => reach[k].Contains(o) && reach[o].Contains(k)).Order(StringComparer.Ordinal))))
        {
            var members = group.ToHashSet(StringComparer.Ordinal);
            var evidence = members.Order(StringComparer.Ordinal).SelectMany(a => edges[a].Where(e => members.Contains(e.Key))
                .Select(e => $"{a} → {e.Key} ({string.Join(", ", e.Value)})"));
            loops.Add($"{group.Key}: {string.Join("; ", evidence)}");
        }

        return loops;
    }

    private static HashSet<string> Reachable(SortedDictionary<string, SortedDictionary<string, SortedSet<string>>> edges, string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var next = new Stack<string>(edges[start].Keys);
        while (next.TryPop(out var node))
        {
            if (seen.Add(node) && edges.TryGetValue(node, out var onward))
            {
                foreach (var target in onward.Keys)
                {
                    next.Push(target);
                }
            }
        }

        return seen;
    }

    /// The capability folder of a namespace under Oversight.Core ("Oversight.Core.Performance.Reports" →
    /// "Performance"); null for the root namespace, Data and anything outside Core.
    private static string? Capability(string name)
    {
        var parts = name.Split('.');
        return parts.Length > 2 && parts[0] == "Oversight" && parts[1] == "Core" && parts[2] != "Data" ? parts[2] : null;
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^using\s+(?:static\s+)?([\w.]+)\s*;", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Using();
}
