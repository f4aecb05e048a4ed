using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Oversight.Web.Audit;

/// An audit entry's changes as a person reads them ("Status: Submitted → Approved"), for a record's history.
public static partial class ChangeText
{
    private const int Longest = 160;

    // Keys, stamps and ids say nothing to the reader of a history; they stay in the audit trail itself.
    private static readonly HashSet<string> Unread = new(StringComparer.Ordinal) { "Id", "ConcurrencyStamp", "SecurityStamp", "Version" };

    public static IReadOnlyList<string> Lines(string changes)
    {
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

            var before = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("before", out var b) ? Value(b) : null;
            var after = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("after", out var a) ? Value(a) : Value(property.Value);
            if (before is null && after is null)
            {
                continue;
            }

            var name = Words(property.Name);
            lines.Add(before is null ? $"{name}: {after}" : after is null ? $"{name}: {before} removed" : $"{name}: {before} → {after}");
        }

        return lines;
    }

    private static string? Value(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => "yes",
            JsonValueKind.False => "no",
            // A double written with an exponent (or beyond decimal's range) is shown as stored.
            JsonValueKind.Number => value.TryGetDecimal(out var number) ? number.ToString("#,0.##", CultureInfo.GetCultureInfo("en-GB")) : value.GetRawText(),
            _ => value.GetRawText(),
        };
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.Length > Longest ? text[..Longest] + "…" : text;
    }

    /// "AwardedAmount" → "Awarded amount".
    private static string Words(string name)
    {
        var spaced = CamelHumps().Replace(name, " $1").ToLowerInvariant();
        return char.ToUpperInvariant(spaced[0]) + spaced[1..];
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex CamelHumps();
}
