using System.Text.RegularExpressions;

namespace Oversight.Core.Performance.PoliceData;

/// The three police.uk monthly file layouts, recognised by their exact header.
public static partial class PoliceFileFormat
{
    public static readonly string[] Street =
        ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context"];

    public static readonly string[] Outcomes =
        ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code", "LSOA name", "Outcome type"];

    public static readonly string[] StopAndSearch =
    [
        "Type", "Date", "Part of a policing operation", "Policing operation", "Latitude", "Longitude", "Gender", "Age range",
        "Self-defined ethnicity", "Officer-defined ethnicity", "Legislation", "Object of search", "Outcome",
        "Outcome linked to object of search", "Removal of more than just outer clothing",
    ];

    public static PoliceFileKind? Recognise(IReadOnlyList<string> header)
    {
        if (header.SequenceEqual(Street))
        {
            return PoliceFileKind.Street;
        }

        if (header.SequenceEqual(Outcomes))
        {
            return PoliceFileKind.Outcomes;
        }

        return header.SequenceEqual(StopAndSearch) ? PoliceFileKind.StopAndSearch : null;
    }

    public static string[] HeaderOf(PoliceFileKind kind) => kind switch
    {
        PoliceFileKind.Street => Street,
        PoliceFileKind.Outcomes => Outcomes,
        _ => StopAndSearch,
    };

    public static string Describe(PoliceFileKind kind) => kind switch
    {
        PoliceFileKind.Street => "street",
        PoliceFileKind.Outcomes => "outcomes",
        _ => "stop-and-search",
    };

    /// police.uk names files YYYY-MM-force-kind.csv; both month and force can be read from the name.
    public static (string Month, string Force)? ParseName(string fileName)
    {
        var match = FileName().Match(Path.GetFileName(fileName));
        return match.Success ? (match.Groups["month"].Value, match.Groups["force"].Value) : null;
    }

    /// "West Yorkshire Police" → "west-yorkshire", the slug police.uk uses in file names.
    public static string ForceSlug(string fallsWithin) =>
        fallsWithin.Replace(" Police", "", StringComparison.Ordinal).Trim().ToLowerInvariant().Replace(' ', '-');

    [GeneratedRegex(@"^(?<month>\d{4}-\d{2})-(?<force>[a-z-]+?)-(street|outcomes|stop-and-search)\.csv$")]
    private static partial Regex FileName();
}
