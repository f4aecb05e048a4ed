using Oversight.Domain.Performance;
using Oversight.Domain.Plan;

namespace Oversight.Web.Pages.Plan;

/// Plain-English words for measure attributes, shared by every page that describes a measure.
public static class MeasureText
{
    public static string Frequency(MeasureFrequency frequency) => frequency switch
    {
        MeasureFrequency.Monthly => "Monthly",
        MeasureFrequency.Quarterly => "Quarterly",
        _ => "Yearly",
    };

    public static string Improvement(ImprovementDirection direction) => direction switch
    {
        ImprovementDirection.Increase => "Higher",
        ImprovementDirection.Decrease => "Lower",
        _ => "Neither (monitored)",
    };

    public static string Source(MeasureSource source) => source switch
    {
        MeasureSource.PoliceOpenData => "Police open data",
        MeasureSource.Partner => "Partner data",
        _ => "Entered by the office",
    };

    public static string Unit(MeasureUnit unit) => unit switch
    {
        MeasureUnit.Count => "Number",
        MeasureUnit.RatePer1000 => "Rate per 1,000 people",
        MeasureUnit.Percentage => "Percentage",
        MeasureUnit.Minutes => "Minutes",
        MeasureUnit.Days => "Days",
        MeasureUnit.Ratio => "Ratio",
        _ => "Score",
    };
}
