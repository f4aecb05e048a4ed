using System.Globalization;
using Oversight.Domain.Engagement;

namespace Oversight.Web.Pages.Engagement;

/// How engagement figures are written on pages and in the report.
public static class EngagementText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Percent(double share) => (share * 100).ToString("0", English) + "%";

    public static string Interval(Proportion share) =>
        share?.Base > 0 ? $"{(share.Lower * 100).ToString("0.0", English)}% to {(share.Upper * 100).ToString("0.0", English)}%" : "";

    public static string Count(int count) => count.ToString("N0", English);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Difference(ProportionDifference difference) => difference is null ? "" :
        $"{Points(difference.Difference)} (95% interval {Points(difference.Lower)} to {Points(difference.Upper)}): "
        + (difference.IsSignificant ? "a real difference, more than chance would give" : "no clear difference: chance could explain it");

    public static string Points(double difference) =>
        (difference >= 0 ? "+" : "−") + Math.Abs(difference * 100).ToString("0.0", English) + " points";
}
