using System.Globalization;
using Oversight.Core.Configuration;
using Oversight.Core.Performance.PoliceData;
using Oversight.Domain.Performance.National;

namespace Oversight.Core.Performance.National;

/// The 43 territorial forces of England and Wales, read from the forces file (config/police-data/forces.csv), whose
/// provenance is in docs/measure-data.md.
public sealed class PoliceForces
{
    private static readonly string[] Header = ["police_uk_id", "name", "ons_pfa_code", "population", "population_year", "population_source"];

    private readonly Dictionary<string, PoliceForce> byId;

    public PoliceForces(IReadOnlyList<PoliceForce> forces)
    {
        ArgumentNullException.ThrowIfNull(forces);
        All = forces;
        byId = forces.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<PoliceForce> All { get; }

    public PoliceForce? Find(string id) => byId.GetValueOrDefault(id);

    /// Reads the file; any problem names the file, line and column, and stops start-up.
    public static PoliceForces Load(string path, ComparisonGroup? group)
    {
        var file = ConfigurationFile.Resolve(path);
        if (!File.Exists(file))
        {
            throw new ConfigurationFileException($"{file}: file not found");
        }

        using var csv = new PoliceCsvReader(File.OpenRead(file));
        if (csv.Read() is not { } header || !header.SequenceEqual(Header))
        {
            throw new ConfigurationFileException($"{file}: line 1: expected the header \"{string.Join(",", Header)}\"");
        }

        var forces = new List<PoliceForce>();
        while (csv.Read() is { } row)
        {
            string Problem(string column, string message) => $"{file}: line {csv.Line}, column \"{column}\": {message}";
            if (row.Length != Header.Length)
            {
                throw new ConfigurationFileException($"{file}: line {csv.Line}: expected {Header.Length} fields, found {row.Length}");
            }

            if (!int.TryParse(row[3], NumberStyles.None, CultureInfo.InvariantCulture, out var population) || population <= 0)
            {
                throw new ConfigurationFileException(Problem("population", $"expected a whole number above 0, found \"{row[3]}\""));
            }

            if (!int.TryParse(row[4], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                throw new ConfigurationFileException(Problem("population_year", $"expected a year, found \"{row[4]}\""));
            }

            if (forces.Any(f => f.Id == row[0]))
            {
                throw new ConfigurationFileException(Problem("police_uk_id", $"\"{row[0]}\" is listed twice"));
            }

            forces.Add(new PoliceForce(row[0], row[1], row[2], population, year, row[5]));
        }

        foreach (var member in group?.Forces ?? [])
        {
            if (forces.All(f => f.Id != member))
            {
                throw new ConfigurationFileException($"{file}: comparisonGroup.forces: \"{member}\" is not a force of this file");
            }
        }

        return new PoliceForces(forces);
    }
}
