namespace Oversight.Domain.Performance.PoliceData;

/// <summary>
/// How police.uk open data becomes measure values for one force: its districts and populations, which crime
/// categories feed which measure, and how stop-and-search rates are worked out. Configuration, not code, so
/// another office changes the file, not the program.
/// </summary>
/// <param name="Force">The force's police.uk slug, for example "west-yorkshire".</param>
/// <param name="ForceName">The force's name as police.uk writes it in "Falls within".</param>
/// <param name="Population">Residents of the force area, the denominator of force-wide rates.</param>
/// <param name="PopulationSource">Where the populations come from, shown beside every rate.</param>
/// <param name="Districts">The districts (community safety partnership areas) in the force area.</param>
/// <param name="StreetMeasures">Measures counted from street-level crime categories.</param>
/// <param name="OutcomeMeasures">Measures worked out from the outcomes published each month.</param>
/// <param name="StopSearchMeasures">Measures worked out from stop-and-search records.</param>
/// <param name="ComparisonGroup">The forces this force is compared with, or null when comparisons are not wanted.</param>
public sealed record PoliceDataConfiguration(
    string Force,
    string ForceName,
    int Population,
    string PopulationSource,
    IReadOnlyList<District> Districts,
    IReadOnlyList<StreetMeasure> StreetMeasures,
    IReadOnlyList<OutcomeMeasure> OutcomeMeasures,
    StopSearchMeasures StopSearchMeasures,
    National.ComparisonGroup? ComparisonGroup = null)
{
    /// <summary>
    /// The district an LSOA belongs to, read from its name ("Leeds 001A" is in Leeds), or null when it lies
    /// outside the force's districts or has no location.
    /// </summary>
    public District? DistrictOfLsoa(string? lsoaName)
    {
        if (string.IsNullOrEmpty(lsoaName))
        {
            return null;
        }

        var space = lsoaName.LastIndexOf(' ');
        var place = space > 0 ? lsoaName[..space] : lsoaName;
        return Districts.FirstOrDefault(d => string.Equals(d.Name, place, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>A district of the force area.</summary>
/// <param name="Id">Identifier used as an observation's area, for example "leeds".</param>
/// <param name="Name">The name that begins its LSOA names, for example "Leeds".</param>
/// <param name="Population">Residents, the denominator of the district's rates.</param>
/// <param name="PopulationByEthnicity">Residents by broad ethnic group (Asian, Black, Mixed, Other, White).</param>
public sealed record District(string Id, string Name, int Population, IReadOnlyDictionary<string, int> PopulationByEthnicity);

/// <summary>A measure counted from street-level crime records.</summary>
/// <param name="Measure">The plan's measure id.</param>
/// <param name="Categories">The police.uk crime types that count towards it.</param>
public sealed record StreetMeasure(string Measure, IReadOnlyList<string> Categories);

/// <summary>A measure worked out from an outcomes file: the share of its outcomes that are of the listed types.</summary>
/// <param name="Measure">The plan's measure id.</param>
/// <param name="Outcomes">The outcome types that count as the measure's numerator.</param>
public sealed record OutcomeMeasure(string Measure, IReadOnlyList<string> Outcomes);

/// <summary>The measures worked out from stop-and-search records, and the words that decide them.</summary>
/// <param name="Count">Measure id for the number of searches.</param>
/// <param name="ArrestRate">Measure id for the share of searches ending in arrest.</param>
/// <param name="PositiveOutcomeRate">Measure id for the share ending in anything other than no further action.</param>
/// <param name="FindRate">Measure id for the share whose outcome was linked to the object of the search.</param>
/// <param name="ComparisonGroups">
/// Each broad ethnic group whose search rate per resident is compared with the baseline group's, mapped to the
/// measure id of that ratio, for example "Black" to "stop-and-search-disproportionality".
/// </param>
/// <param name="ArrestOutcomes">Outcome words that mean an arrest (they changed in 2018).</param>
/// <param name="NoActionOutcomes">Outcome words that mean no further action.</param>
/// <param name="BaselineGroup">Broad ethnic group compared against, for example "White".</param>
public sealed record StopSearchMeasures(
    string Count,
    string ArrestRate,
    string PositiveOutcomeRate,
    string FindRate,
    IReadOnlyDictionary<string, string> ComparisonGroups,
    IReadOnlyList<string> ArrestOutcomes,
    IReadOnlyList<string> NoActionOutcomes,
    string BaselineGroup);
