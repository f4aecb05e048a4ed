using System.Text.RegularExpressions;

namespace Oversight.Core.Audit;

/// Takes the secrets out of text that must otherwise stay readable (an e-mail's body in the audit trail or a log).
public static partial class SecretText
{
    public const string Redacted = "(redacted)";

    /// The text with every query-string value replaced (links carry tokens as parameters) and every other
    /// token-like word: 20 or more letters, digits, '-' or '_' with at least one digit, other than a record's id.
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutParameters = QueryValue().Replace(text, m => m.Groups["name"].Value + Redacted);
        return TokenLike().Replace(withoutParameters, m => Guid.TryParse(m.Value, out _) ? m.Value : Redacted);
    }

    [GeneratedRegex(@"(?<name>[?&][^=\s&?#]+=)[^&\s#]+", RegexOptions.CultureInvariant)]
    private static partial Regex QueryValue();

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?=[A-Za-z0-9_\-]*[0-9])[A-Za-z0-9_\-]{20,}(?![A-Za-z0-9_\-])", RegexOptions.CultureInvariant)]
    private static partial Regex TokenLike();
}
