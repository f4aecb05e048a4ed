namespace Oversight.Core.Casework.Letters;

/// The editable wording of one kind of letter. Placeholders in double braces, like {{applicant}}, are filled from the case.
public sealed class LetterTemplate
{
    public LetterKind Kind { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
