namespace Oversight.Core.Accountability.Meetings;

/// A kind of governance meeting. Kept as data, not an enum, so another office can add or rename its own.
/// CountsAs is the heading the annual report counts it under: short and quarterly meetings are both "Governance Meetings".
public sealed record MeetingType(string Id, string Name, bool IsPublic, string CountsAs, string Description)
{
    public const string CommunityOutcomes = "community-outcomes";
    public const string PerformanceScrutiny = "performance-scrutiny";
    public const string ShortGovernance = "short-governance";
    public const string QuarterlyGovernance = "quarterly-governance";
    public const string AuditCommittee = "audit-committee";
    public const string EthicsCommittee = "ethics-committee";

    public static readonly IReadOnlyList<MeetingType> All =
    [
        new(CommunityOutcomes, "Community Outcomes Meeting", true, "Community Outcomes Meetings",
            "Quarterly, themed and live-streamed: the Mayor and Deputy Mayor question the Chief Constable on reports the force submits on topics of public importance."),
        new(PerformanceScrutiny, "Performance Scrutiny Meeting", false, "Performance Monitoring Meetings",
            "Quarterly: police performance against the Police and Crime Plan, feeding the Performance Monitoring Report."),
        new(ShortGovernance, "Short Governance Meeting", false, "Governance Meetings",
            "Regular discussions between the Mayor or Deputy Mayor and the Chief Constable on emerging issues."),
        new(QuarterlyGovernance, "Quarterly Governance Meeting", false, "Governance Meetings",
            "Finances and resources, projects, professional standards and regional units."),
        new(AuditCommittee, "Joint Independent Audit Committee", false, "Joint Independent Audit Committee",
            "Risk management and internal and external audit reports of the force and the Combined Authority."),
        new(EthicsCommittee, "Joint Independent Ethics Committee", false, "Joint Independent Ethics Committee",
            "Quarterly discussion of ethical questions in policing, with recommendations to the force."),
    ];

    public static MeetingType? Find(string? id) => All.FirstOrDefault(t => t.Id == id);
}
