using Oversight.Core.Audit;

namespace Oversight.Core.Casework.Reviews;

/// A recommendation to the appropriate authority, or a point of organisational learning, and the force's answer.
public sealed class ReviewRecommendation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ReviewId { get; set; }

    public RecommendationKind Kind { get; set; }

    [AuditRedacted]
    public required string Text { get; set; }

    /// A short theme for learning statistics, like "Communication with the complainant".
    public string? Theme { get; set; }

    public DateOnly? RespondedOn { get; set; }

    public bool? Accepted { get; set; }

    [AuditRedacted]
    public string? Response { get; set; }
}

public enum RecommendationKind
{
    Recommendation,
    Learning,
}
