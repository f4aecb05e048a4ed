using System.Globalization;
using Oversight.Core.Casework.Reviews;
using Oversight.Core.Documents;

namespace Oversight.Web.Pages.Casework.Statistics;

/// Figures as published: counts under the shared threshold are withheld, and so are rates worked out from them.
public static class StatisticsText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Count(int count, bool publish) =>
        publish && count is > 0 and < SmallCounts.SuppressBelow ? $"fewer than {SmallCounts.SuppressBelow}" : count.ToString("N0", English);

    public static string Rate(int part, int whole, bool publish) =>
        whole == 0 || (publish && (whole < SmallCounts.SuppressBelow || part is > 0 and < SmallCounts.SuppressBelow))
            ? "withheld"
            : ((double)part / whole).ToString("P0", English);

    public static string Days(double? days) => days is null ? "none" : days.Value.ToString("0.#", English) + " working days";

    public static string Type(ReviewType type) => type == ReviewType.Investigation ? "Investigated (paragraph 25)" : "Handled otherwise than by investigation (paragraph 6A)";
}
