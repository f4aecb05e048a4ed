using System.Globalization;
using Oversight.Core.Performance.National;
using Oversight.Core.Performance.PoliceData;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Performance.National;

/// The forces file's populations are Census 2021 local-authority totals summed to police force areas by the ONS
/// LAD→CSP→PFA lookup (both in ../shared/data/police-uk/, SOURCE.md), worked out again here from those files.
public sealed class ForcePopulationTests
{
    private readonly PoliceForces forces = PoliceForces.Load(SharedData.RepositoryPath("config", "police-data", "forces.csv"), null);

    [Fact]
    public void WestYorkshire_IsTheCensus2021SumOfItsFiveDistricts()
    {
        var census = CensusByLocalAuthority();

        // Bradford, Calderdale, Kirklees, Leeds and Wakefield: 546,412 + 206,631 + 433,213 + 811,953 + 353,370.
        var districts = new[] { "E08000032", "E08000033", "E08000034", "E08000035", "E08000036" }.Sum(code => census[code]);

        var westYorkshire = forces.Find("west-yorkshire")!;
        Assert.Equal(2_351_579, districts);
        Assert.Equal((districts, 2021), (westYorkshire.Population, westYorkshire.PopulationYear));
    }

    [Fact]
    public void EveryForce_IsItsLocalAuthoritiesCensus2021TotalByTheLookup()
    {
        var census = CensusByLocalAuthority();
        var byArea = LookUpPoliceForceAreas().GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Sum(p => census[p.Key]));

        Assert.Equal(43, forces.All.Count);
        Assert.All(forces.All, f => Assert.Equal((f.Id, byArea[f.PfaCode]), (f.Id, f.Population)));
        // Every local authority of England and Wales belongs to exactly one force area, so the forces add up to the total.
        Assert.Equal(census.Values.Sum(), forces.All.Sum(f => f.Population));
        Assert.All(forces.All, f => Assert.Contains("Census 2021", f.PopulationSource, StringComparison.Ordinal));
    }

    /// Usual residents per 2021 local authority: the file's five ethnic groups add up to the published totals.
    private static Dictionary<string, int> CensusByLocalAuthority()
    {
        using var csv = new PoliceCsvReader(File.OpenRead(SharedData.Path("police-uk", "census", "census2021_ethnic_group_by_local_authority.csv")));
        var header = csv.Read()!;
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read() is { } row)
        {
            result.Add(row[Array.IndexOf(header, "LAD_code")], row[2..].Sum(v => int.Parse(v, CultureInfo.InvariantCulture)));
        }

        return result;
    }

    /// Local authority code → police force area code, from the 2021 rows of the stop-and-search summary, whose
    /// force_code column is the ONS LAD to CSP to PFA 2022 lookup.
    private static Dictionary<string, string> LookUpPoliceForceAreas()
    {
        using var csv = new PoliceCsvReader(File.OpenRead(SharedData.Path("police-uk", "stop-search-by-la", "la_stop_search_black_white_rates_2019-2021.csv")));
        var header = csv.Read()!;
        var (year, la, force) = (Array.IndexOf(header, "date"), Array.IndexOf(header, "la_code"), Array.IndexOf(header, "force_code"));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        while (csv.Read() is { } row)
        {
            if (row[year] == "2021")
            {
                result.Add(row[la], row[force]);
            }
        }

        return result;
    }
}
