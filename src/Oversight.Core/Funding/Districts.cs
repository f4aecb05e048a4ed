namespace Oversight.Core.Funding;

/// The areas a project can be delivered in, with the ONS codes 360Giving beneficiary locations use.
public static class Districts
{
    public const string WestYorkshire = "West Yorkshire";

    public static readonly IReadOnlyDictionary<string, string> OnsCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Bradford"] = "E08000032",
        ["Calderdale"] = "E08000033",
        ["Kirklees"] = "E08000034",
        ["Leeds"] = "E08000035",
        ["Wakefield"] = "E08000036",
        [WestYorkshire] = "E23000010",
    };

    public static IReadOnlyList<string> All { get; } = OnsCodes.Keys.ToList();

    /// The 360Giving geoCodeType: metropolitan districts are MD; work across the county is given as the police force area (PFA).
    public static string CodeType(string district) => district == WestYorkshire ? "PFA" : "MD";
}
