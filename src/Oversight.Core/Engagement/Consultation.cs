using Oversight.Domain.Engagement;

namespace Oversight.Core.Engagement;

/// A consultation or survey the office runs: its purpose, channels, dates and questions.
public sealed class Consultation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// Stable key used in URLs and figure references, e.g. "plan-2024".
    public required string Slug { get; set; }

    public required string Title { get; set; }

    public ConsultationPurpose Purpose { get; set; }

    public List<ConsultationChannel> Channels { get; set; } = [];

    public DateOnly OpensOn { get; set; }

    public DateOnly ClosesOn { get; set; }

    public List<ConsultationQuestion> Questions { get; set; } = [];

    /// The column mapping last used to import a survey tool's export, so the next export maps itself.
    public ImportMapping Mapping { get; set; } = new();
}

/// One question, with its options when it is closed.
public sealed class ConsultationQuestion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ConsultationId { get; set; }

    /// Stable key within the consultation, e.g. "feel-safe".
    public required string Key { get; set; }

    public required string Text { get; set; }

    public QuestionKind Kind { get; set; }

    public int Position { get; set; }

    public List<AnswerOption> Options { get; set; } = [];
}
