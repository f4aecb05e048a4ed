namespace Oversight.Core.Engagement.Coding;

/// A theme of a consultation's codebook for free-text answers.
public sealed class CodebookTheme
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ConsultationId { get; set; }

    public required string Key { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public int Position { get; set; }
}

/// One coder's themes for one free-text answer. An answer with no themes is still coded (nothing applied).
public sealed class AnswerCoding
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RespondentId { get; set; }

    public required string QuestionKey { get; set; }

    public required string Coder { get; set; }

    /// The second coder of a double-coded sample, whose codes are compared with the first coder's, not counted.
    public bool IsCheck { get; set; }

    public DateTimeOffset CodedAt { get; set; }

    public List<string> Themes { get; set; } = [];
}

/// A free-text answer approved for quoting in published reports.
public sealed class ApprovedQuote
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RespondentId { get; set; }

    public required string QuestionKey { get; set; }

    public required string ApprovedBy { get; set; }

    public DateTimeOffset ApprovedAt { get; set; }
}
