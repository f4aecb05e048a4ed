using System.Text.RegularExpressions;

namespace Oversight.Domain.Reporting;

/// <summary>A piece of a paragraph: plain text, or a reference to a computed figure.</summary>
/// <param name="Text">The text, or the figure's key when <paramref name="IsFigure"/>.</param>
/// <param name="IsFigure">Whether this piece cites a figure.</param>
public sealed record NarrativePart(string Text, bool IsFigure);

/// <summary>
/// Authored text with live figures in it. Authors write <c>[[casework.reviews]]</c> where a figure belongs, so the
/// number is always the one computed from the records and the report can link it to them. Blank lines part paragraphs.
/// </summary>
public static partial class Narrative
{
    /// <summary>The paragraphs of <paramref name="text"/>, each split into text and figure references.</summary>
    public static IReadOnlyList<IReadOnlyList<NarrativePart>> Parse(string? text)
    {
        var paragraphs = ParagraphBreak().Split((text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim());
        return [.. paragraphs.Where(p => p.Trim().Length > 0).Select(Parts)];
    }

    /// <summary>The figure keys <paramref name="text"/> cites that are not in <paramref name="known"/>, in order of first use.</summary>
    public static IReadOnlyList<string> UnknownKeys(string? text, IReadOnlySet<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        return [.. Reference().Matches(text ?? "").Select(m => m.Groups["key"].Value).Where(k => !known.Contains(k)).Distinct()];
    }

    private static IReadOnlyList<NarrativePart> Parts(string paragraph)
    {
        var parts = new List<NarrativePart>();
        var at = 0;
        foreach (Match match in Reference().Matches(paragraph))
        {
            if (match.Index > at)
            {
                parts.Add(new(paragraph[at..match.Index], false));
            }

            parts.Add(new(match.Groups["key"].Value, true));
            at = match.Index + match.Length;
        }

        if (at < paragraph.Length)
        {
            parts.Add(new(paragraph[at..], false));
        }

        return parts;
    }

    [GeneratedRegex(@"\[\[\s*(?<key>[a-z0-9][a-z0-9._\-]*)\s*\]\]")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();
}
