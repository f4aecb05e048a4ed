using System.Globalization;
using Oversight.Core.Configuration;
using Oversight.Core.Performance.National;
using Oversight.Core.Performance.PoliceData;

namespace Oversight.Core.Demo;

/// Invented monthly street-crime counts for every force with a real month in demo/police-uk/ (40 forces' real
/// 2024-01 counts and West Yorkshire's real 12-month counts), re-dated over the 60 months to the demo's last
/// complete month with seasonal variation and Poisson-like noise, so comparisons with similar forces show on the
/// demo at real magnitudes. Written as national counts, as a national archive's import leaves them.
public static class DemoNationalCounts
{
    /// Five years, so the demo's targets' 2022-23 baselines are covered and comparisons have their 36 months.
    public const int Months = 60;

    /// Each force's monthly level by crime type, from the real files.
    public static Dictionary<string, Dictionary<string, double>> RealLevels()
    {
        var levels = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        void Add(string file, double divide)
        {
            foreach (var line in File.ReadLines(ConfigurationFile.Resolve(Path.Combine("demo", "police-uk", file))).Skip(1))
            {
                var f = line.Split(',');
                if (f[2].StartsWith("All", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!levels.TryGetValue(f[0], out var force))
                {
                    levels[f[0]] = force = new Dictionary<string, double>(StringComparer.Ordinal);
                }

                force[f[2]] = double.Parse(f[3], CultureInfo.InvariantCulture) / divide;
            }
        }

        Add("street_counts_by_force_crime_type_2024-01.csv", 1);
        Add("wy_street_crime_by_type_12m_2025-05_2026-04.csv", 12);
        return levels;
    }

    /// The counts for the <see cref="Months"/> months to <paramref name="last"/> (YYYY-MM).
    public static List<NationalCount> Invent(string last, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var counts = new List<NationalCount>();
        foreach (var (force, categories) in RealLevels().OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            // A force's own drift over the three years, so ranks move a little.
            var drift = 1 + ((random.NextDouble() - 0.5) * 0.2);
            for (var i = 0; i < Months; i++)
            {
                var month = InventedArchive.AddMonths(last, i - Months + 1);
                var seasonal = 1 + (0.08 * Math.Sin(int.Parse(month[5..], CultureInfo.InvariantCulture) * Math.PI / 6));
                var trend = 1 + ((drift - 1) * i / Months);
                foreach (var (category, level) in categories.OrderBy(c => c.Key, StringComparer.Ordinal))
                {
                    counts.Add(new NationalCount
                    {
                        Force = force,
                        Kind = PoliceFileKind.Street,
                        Month = month,
                        Category = category,
                        Count = Noisy(level * seasonal * trend, random),
                    });
                }
            }
        }

        return counts;
    }

    /// A count around <paramref name="mean"/> with the spread of a Poisson count (normal approximation above 30).
    public static int Noisy(double mean, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (mean < 30)
        {
            // Knuth's method: exact for small means, where the shape matters (a few homicides a month).
            var limit = Math.Exp(-mean);
            var (k, p) = (0, 1.0);
            while ((p *= random.NextDouble()) > limit)
            {
                k++;
            }

            return k;
        }

        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return Math.Max(0, (int)Math.Round(mean + (normal * Math.Sqrt(mean))));
    }
}
