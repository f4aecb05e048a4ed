using Oversight.Domain;
namespace Oversight.Core.Accountability;

/// Field checks shared by the accountability forms, with messages in the GOV.UK style.
public sealed class Checks
{
    private readonly List<FieldError> errors = [];

    public IReadOnlyList<FieldError> Errors => errors;

    /// The trimmed text, or null after recording an error when it is missing or too long.
    public string? Required(string field, string? value, string what, int maxLength)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(new(field, $"Enter {what}"));
            return null;
        }

        return Length(field, text, what, maxLength);
    }

    /// The trimmed text, null when blank; an error when too long.
    public string? Optional(string field, string? value, string what, int maxLength)
    {
        var text = value?.Trim() ?? "";
        return text.Length == 0 ? null : Length(field, text, what, maxLength);
    }

    /// A web address people can follow: absolute http or https.
    public string? Link(string field, string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length > 2000 || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add(new(field, "Enter a web address starting with https://"));
            return null;
        }

        return text;
    }

    public void Add(string field, string message) => errors.Add(new(field, message));

    private string? Length(string field, string text, string what, int maxLength)
    {
        if (text.Length > maxLength)
        {
            var subject = char.ToUpperInvariant(what[0]) + what[1..];
            errors.Add(new(field, $"{subject} must be {maxLength} characters or fewer"));
            return null;
        }

        return text;
    }
}
