using System.Text;
using Oversight.Core.Performance.Observations;
using Oversight.Web.Forms;

namespace Oversight.Web.Performance;

/// The dashboard's selection as it travels in the query string, read the same way by the page and the CSV export.
public sealed record PartnershipQuery(IReadOnlyList<string> Measures, string Area, MonthParts From, MonthParts To, bool Submitted)
{
    /// Reads the query; months left out default to the 24 months ending with <paramref name="thisMonth"/>.
    public static PartnershipQuery Read(IQueryCollection query, DateOnly thisMonth)
    {
        ArgumentNullException.ThrowIfNull(query);
        var latest = new DateOnly(thisMonth.Year, thisMonth.Month, 1);
        return new PartnershipQuery(
            [.. query["measures"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal)],
            query.TryGetValue("area", out var area) && !string.IsNullOrWhiteSpace(area) ? area.ToString() : Observation.ForceArea,
            Month(query, "from", latest.AddMonths(-23)),
            Month(query, "to", latest),
            query.ContainsKey("area") || query.ContainsKey("measures"));
    }

    /// Checks the selection; errors are keyed by the field they belong to.
    public Dictionary<string, string> Check(out DateOnly from, out DateOnly to)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Measures.Count == 0)
        {
            errors["measures"] = "Select at least one measure";
        }

        var fromRead = From.TryRead("the first month", out from, out var fromError);
        var toRead = To.TryRead("the last month", out to, out var toError);
        if (fromError is not null)
        {
            errors["from"] = fromError;
        }

        if (toError is not null)
        {
            errors["to"] = toError;
        }

        if (fromRead && toRead && from > to)
        {
            errors["to"] = "The last month must be the same as or after the first month";
        }

        return errors;
    }

    /// The query string for the same selection with only <paramref name="measures"/>, starting with "?".
    public string ToQueryString(IEnumerable<string> measures)
    {
        var query = new StringBuilder("?");
        foreach (var id in measures)
        {
            query.Append("measures=").Append(Uri.EscapeDataString(id)).Append('&');
        }

        query.Append("area=").Append(Uri.EscapeDataString(Area))
            .Append("&from-month=").Append(Uri.EscapeDataString(From.Month ?? ""))
            .Append("&from-year=").Append(Uri.EscapeDataString(From.Year ?? ""))
            .Append("&to-month=").Append(Uri.EscapeDataString(To.Month ?? ""))
            .Append("&to-year=").Append(Uri.EscapeDataString(To.Year ?? ""));
        return query.ToString();
    }

    private static MonthParts Month(IQueryCollection query, string name, DateOnly fallback) =>
        query.ContainsKey(name + "-month") || query.ContainsKey(name + "-year")
            ? new MonthParts(query[name + "-month"].ToString(), query[name + "-year"].ToString())
            : MonthParts.From(fallback);
}
