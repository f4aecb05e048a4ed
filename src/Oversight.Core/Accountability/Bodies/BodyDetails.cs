namespace Oversight.Core.Accountability.Bodies;

/// A body's fields as a form sends them; <see cref="Bodies"/> checks and cleans them.
public sealed record BodyDetails(
    string? Name, BodyKind? Kind, string? ParentKey, string? CountsAs, string? Description, string? Chair, string? Secretariat,
    string? Frequency, bool IsPublic, int? NoticeClearDays);

public sealed record MemberDetails(
    string? Name, bool IsOrganisation, string? Organisation, string? Role, DateOnly? TermStart, DateOnly? TermEnd, bool PublishName);
