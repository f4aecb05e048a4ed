using System.Globalization;
using Oversight.Core.Performance.Reports;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;

namespace Oversight.Core.Reporting;

/// Words for judgements and values, shared by the web pages and the exported report documents so both say the same.
public static class ReportWords
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

    public static string Variation(SpcVariation? variation) => variation switch
    {
        null => "Not enough data to judge",
        SpcVariation.CommonCause => "Common cause – no significant change",
        SpcVariation.ImprovementHigh => "Special cause – improvement (high)",
        SpcVariation.ImprovementLow => "Special cause – improvement (low)",
        SpcVariation.ConcernHigh => "Special cause – concern (high)",
        SpcVariation.ConcernLow => "Special cause – concern (low)",
        SpcVariation.NeitherHigh => "Special cause – neither improvement nor concern (high)",
        _ => "Special cause – neither improvement nor concern (low)",
    };

    public static string Assurance(SpcAssurance? assurance) => assurance switch
    {
        null => "No target set",
        SpcAssurance.ConsistentlyPass => "Consistently meets the target",
        SpcAssurance.ConsistentlyFail => "Consistently misses the target",
        _ => "Hit and miss – sometimes meets the target",
    };

    public static string Value(MeasureUnit unit, double value) => unit switch
    {
        MeasureUnit.Count => value.ToString("N0", Culture),
        MeasureUnit.Percentage => value.ToString("N1", Culture) + "%",
        MeasureUnit.Minutes => value.ToString("N1", Culture) + " minutes",
        MeasureUnit.Days => value.ToString("N1", Culture) + " days",
        MeasureUnit.Score => value.ToString("N1", Culture),
        _ => value.ToString("N2", Culture),
    };

    public static string Status(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "Draft",
        ReportStatus.Submitted => "Submitted for approval",
        ReportStatus.Approved => "Approved",
        _ => "Published",
    };

    public static string Date(DateTimeOffset at) => at.ToString("d MMMM yyyy", Culture);
}
