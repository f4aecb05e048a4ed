using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Oversight.Domain;

namespace Oversight.Web.Audit;

/// An audit entry's changes as a person reads them ("Amount awarded: £20,000 → £18,500"), for a record's history:
/// fields named as <see cref="HistoryNames"/> words them, money, dates and choices written as people write them.
public static partial class ChangeText
{
    private const int Longest = 160;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    // Keys, stamps and ids say nothing to the reader of a history; they stay in the audit trail itself.
    private static readonly HashSet<string> Unread = new(StringComparer.Ordinal) { "Id", "ConcurrencyStamp", "SecurityStamp", "Version" };

    public static IReadOnlyList<string> Lines(string entityType, string changes)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        if (string.IsNullOrWhiteSpace(changes))
        {
            return [];
        }

        using var json = JsonDocument.Parse(changes);
        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var lines = new List<string>();
        foreach (var property in json.RootElement.EnumerateObject())
        {
            if (Unread.Contains(property.Name) || property.Name.EndsWith("Id", StringComparison.Ordinal))
            {
                continue;
            }

            var named = HistoryNames.Of(entityType, property.Name);
            var kind = named?.Kind ?? HistoryValue.Text;
            var before = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("before", out var b) ? Value(b, kind) : null;
            var after = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("after", out var a) ? Value(a, kind) : Value(property.Value, kind);
            if (before is null && after is null)
            {
                continue;
            }

            var name = named?.Name ?? Words(property.Name);
            lines.Add(before is null ? $"{name}: {after}" : after is null ? $"{name}: {before} removed" : $"{name}: {before} → {after}");
        }

        return lines;
    }

    private static string? Value(JsonElement value, HistoryValue kind)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => Written(value.GetString() ?? "", kind),
            JsonValueKind.True => "yes",
            JsonValueKind.False => "no",
            JsonValueKind.Number when value.TryGetDecimal(out var number) => kind == HistoryValue.Money
                ? number.ToString(number == decimal.Truncate(number) ? "C0" : "C2", English)
                : number.ToString("#,0.##", English),
            JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(item => Value(item, kind)).OfType<string>()),
            // A double written with an exponent (or beyond decimal's range) is shown as stored.
            _ => value.GetRawText(),
        };
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.Length > Longest ? text[..Longest] + "…" : text;
    }

    /// A stored string as people write it: a date as "1 April 2025", a moment in UK time as "1 April 2025 14:05", an
    /// enum's name in words ("ApprovedReduced" → "Approved reduced").
    private static string Written(string text, HistoryValue kind)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("d MMMM yyyy", English);
        }

        if (IsoMoment().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            return UkTime.ToLocal(moment).ToString("d MMMM yyyy HH:mm", English);
        }

        return kind == HistoryValue.Choice ? Words(text) : text;
    }

    /// "AwardedAmount" → "Awarded amount".
    private static string Words(string name)
    {
        var spaced = CamelHumps().Replace(name, " $1").ToLowerInvariant();
        return char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex CamelHumps();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex IsoMoment();
}
