namespace Oversight.Core.Accountability.Bodies;

/// What kind of body it is; the staff pages filter and the public pages group by it.
public enum BodyKind
{
    /// The Mayor's or Deputy Mayor's own meetings with the Chief Constable.
    GovernanceMeeting,
    Board,
    Group,
    Committee,
    Partnership,
    Forum,
    Panel,
}

/// A body the office chairs or supports: a board, committee, group, panel or the Mayor's meetings with the Chief
/// Constable. Any body holds meetings (agenda, papers, questions, minutes, actions). Kept as data so the office can
/// add one without a release; the six meeting types that were once a list in code are bodies with the same keys.
public sealed class Body
{
    public const int KeyLength = 100;
    public const int NameLength = 300;
    public const int TextLength = 4000;

    /// The five clear days' notice of agendas and papers that the Local Government Act 1972 s100B(3) sets for
    /// principal councils' meetings; the default for every public body, changeable per body.
    public const int StatutoryNoticeClearDays = 5;

    // The keys of the six bodies that were the fixed meeting types; the migration that made them data keeps the keys,
    // so meetings, action references and annual report figures read as before.
    public const string CommunityOutcomes = "community-outcomes";
    public const string PerformanceScrutiny = "performance-scrutiny";
    public const string ShortGovernance = "short-governance";
    public const string QuarterlyGovernance = "quarterly-governance";
    public const string AuditCommittee = "audit-committee";
    public const string EthicsCommittee = "ethics-committee";

    /// The Local Criminal Justice Board's Victims and Witnesses group, which reviews Victims' Code compliance.
    public const string VictimsAndWitnesses = "lcjb-victims-and-witnesses";

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// The body's address in the service (/bodies/{Key}), lower-case words joined by hyphens; never changes.
    public required string Key { get; set; }

    public required string Name { get; set; }

    public BodyKind Kind { get; set; }

    /// The body it reports to (a group of the Local Criminal Justice Board reports to its Executive), if any.
    public string? ParentKey { get; set; }

    /// The heading the annual report counts its meetings under: short and quarterly governance meetings are both
    /// "Governance Meetings".
    public required string CountsAs { get; set; }

    public string Description { get; set; } = "";

    public string? Chair { get; set; }

    public string? Secretariat { get; set; }

    /// How often it meets, in words: "Quarterly", "Six times a year".
    public string Frequency { get; set; } = "";

    /// Whether its agendas, papers and approved minutes are published to anyone.
    public bool IsPublic { get; set; }

    /// Clear days (working days, not counting the day of publication or of the meeting) before a meeting that its
    /// agenda and papers are published.
    public int NoticeClearDays { get; set; } = StatutoryNoticeClearDays;

    public string? TermsOfReferenceFileName { get; set; }

    public string? TermsOfReferenceContentType { get; set; }

    // N.B. kept out of the audit trail: the document's bytes would swell every entry; its name is recorded.
    [Audit.AuditRedacted]
    public byte[]? TermsOfReference { get; set; }

    public List<BodyMember> Members { get; set; } = [];
}

/// A person or an organisation sitting on a body, in a role, for a term.
public sealed class BodyMember
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid BodyId { get; set; }

    /// The person's name, or the organisation's when the member is an organisation.
    public required string Name { get; set; }

    public bool IsOrganisation { get; set; }

    /// The organisation a person represents, if any.
    public string? Organisation { get; set; }

    public required string Role { get; set; }

    public DateOnly? TermStart { get; set; }

    public DateOnly? TermEnd { get; set; }

    /// Whether the name may appear on public pages. Off unless someone chose it: the Men and Boys Survivor Panel and
    /// the Youth Advisory Group never publish a name.
    public bool PublishName { get; set; }

    /// What public pages show for the member: the name only when it may be published.
    public string PublicName => PublishName ? Name : IsOrganisation ? "A member organisation" : "A member";
}
