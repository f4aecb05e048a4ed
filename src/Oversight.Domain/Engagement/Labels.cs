using System.Globalization;
using System.Text;

namespace Oversight.Domain.Engagement;

/// <summary>Matches the labels survey tools export to a question's options.</summary>
public static class Labels
{
    /// <summary>Lower case, punctuation as spaces, runs of spaces as one, trimmed: "  Very  Safe. " → "very safe".</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLower(c, CultureInfo.InvariantCulture) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The option a raw answer stands for: an analyst's saved mapping first, then the option's key or label
    /// (ignoring case, spaces and punctuation). Null when nothing matches.
    /// </summary>
    public static string? Match(string raw, IReadOnlyList<AnswerOption> options, IReadOnlyDictionary<string, string>? saved)
    {
        ArgumentNullException.ThrowIfNull(options);
        var wanted = Normalise(raw);
        if (saved is not null && saved.TryGetValue(wanted, out var mapped) && options.Any(o => o.Key == mapped))
        {
            return mapped;
        }

        return options.FirstOrDefault(o => Normalise(o.Key) == wanted || Normalise(o.Label) == wanted)?.Key;
    }
}
