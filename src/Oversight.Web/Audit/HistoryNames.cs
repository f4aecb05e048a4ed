namespace Oversight.Web.Audit;

/// How the office words the fields of the records whose history is shown (a bid, its assessors, a grant and its
/// tranches, a report, a publication, a decision notice), and how each field's values are written. One place, so a
/// history reads "Amount awarded: £18,500", not "Awarded amount: 18,500".
public static class HistoryNames
{
    // Fields named the same on every record.
    private static readonly Dictionary<string, (string Name, HistoryValue Kind)> Common = new(StringComparer.Ordinal)
    {
        ["Status"] = ("Status", HistoryValue.Choice),
        ["Type"] = ("Kind of decision", HistoryValue.Choice),
        ["Kind"] = ("Kind of publication", HistoryValue.Choice),
        ["CreatedBy"] = ("Started by", HistoryValue.Text),
        ["CreatedAt"] = ("Started", HistoryValue.Text),
        ["SubmittedBy"] = ("Submitted for approval by", HistoryValue.Text),
        ["SubmittedAt"] = ("Submitted", HistoryValue.Text),
        ["ApprovedBy"] = ("Approved by", HistoryValue.Text),
        ["ApprovedAt"] = ("Approved", HistoryValue.Text),
        ["PublishedBy"] = ("Published by", HistoryValue.Text),
        ["PublishedAt"] = ("Published", HistoryValue.Text),
        ["CorrectionReason"] = ("Reason for the correction", HistoryValue.Text),
        ["Snapshot"] = ("Figures frozen for publication", HistoryValue.Text),
        ["Quarter"] = ("Quarter", HistoryValue.Text),
        ["Year"] = ("Year", HistoryValue.Text),
        ["Subject"] = ("Covers", HistoryValue.Text),
    };

    private static readonly Dictionary<string, Dictionary<string, (string Name, HistoryValue Kind)>> ByRecord = new(StringComparer.Ordinal)
    {
        ["FundingApplication"] = new(StringComparer.Ordinal)
        {
            ["Reference"] = ("Reference", HistoryValue.Text),
            ["StrandCode"] = ("Strand", HistoryValue.Text),
            ["ProjectTitle"] = ("Project title", HistoryValue.Text),
            ["Summary"] = ("Project summary", HistoryValue.Text),
            ["Wards"] = ("Wards", HistoryValue.Text),
            ["Partners"] = ("Partners", HistoryValue.Text),
            ["Amount"] = ("Amount asked for", HistoryValue.Money),
            ["PeopleExpected"] = ("People expected to benefit", HistoryValue.Text),
            ["PriorityCodes"] = ("Plan priorities", HistoryValue.Text),
            ["ThemeCodes"] = ("Themes", HistoryValue.Text),
            ["FocusCodes"] = ("Focus", HistoryValue.Text),
            ["WithdrawnAt"] = ("Withdrawn", HistoryValue.Text),
            ["ModeratedScore"] = ("Moderated score", HistoryValue.Text),
            ["ModerationNote"] = ("Moderation note", HistoryValue.Text),
            ["AwardedAmount"] = ("Amount awarded", HistoryValue.Money),
            ["PanelRecommendation"] = ("Panel's recommendation", HistoryValue.Text),
            ["DecisionReasons"] = ("Reasons for the decision", HistoryValue.Text),
            ["DecidedOn"] = ("Decided on", HistoryValue.Text),
            ["DecidedBy"] = ("Decided by", HistoryValue.Text),
        },
        ["AssessorAssignment"] = new(StringComparer.Ordinal)
        {
            ["AssessorName"] = ("Assessor", HistoryValue.Text),
            ["HasConflict"] = ("Conflict of interest declared", HistoryValue.Text),
            ["ConflictDetails"] = ("Conflict of interest", HistoryValue.Text),
            ["DeclaredAt"] = ("Declaration made", HistoryValue.Text),
            ["Score"] = ("Assessor's score", HistoryValue.Text),
            ["ScoredAt"] = ("Scored", HistoryValue.Text),
        },
        ["Grant"] = new(StringComparer.Ordinal)
        {
            ["Amount"] = ("Grant", HistoryValue.Money),
            ["AwardedOn"] = ("Awarded on", HistoryValue.Text),
            ["StartsOn"] = ("Starts", HistoryValue.Text),
            ["EndsOn"] = ("Ends", HistoryValue.Text),
            ["AwardLetter"] = ("Award letter", HistoryValue.Text),
            ["Agreement"] = ("Grant agreement", HistoryValue.Text),
            ["AcceptedAt"] = ("Accepted", HistoryValue.Text),
            ["AcceptedBy"] = ("Accepted by", HistoryValue.Text),
            ["Delivery"] = ("Delivered", HistoryValue.Choice),
            ["EvaluationEvidence"] = ("Evaluation evidence", HistoryValue.Text),
            ["EvaluatedOn"] = ("Evaluated on", HistoryValue.Text),
            ["ClawbackAmount"] = ("Amount clawed back", HistoryValue.Money),
            ["ClawbackReason"] = ("Reason for the clawback", HistoryValue.Text),
            ["VariationReason"] = ("Reason for the variation", HistoryValue.Text),
        },
        ["PaymentTranche"] = new(StringComparer.Ordinal)
        {
            ["Number"] = ("Tranche", HistoryValue.Text),
            ["Amount"] = ("Tranche amount", HistoryValue.Money),
            ["DueOn"] = ("Due", HistoryValue.Text),
            ["Milestone"] = ("Milestone", HistoryValue.Text),
            ["MilestoneSignedOffAt"] = ("Milestone signed off", HistoryValue.Text),
            ["MilestoneSignedOffBy"] = ("Milestone signed off by", HistoryValue.Text),
            ["ReleasedOn"] = ("Released on", HistoryValue.Text),
        },
        ["DecisionNotice"] = new(StringComparer.Ordinal)
        {
            ["Reference"] = ("Reference", HistoryValue.Text),
            ["Title"] = ("Title", HistoryValue.Text),
            ["Summary"] = ("Summary", HistoryValue.Text),
            ["DecisionMakerPost"] = ("Decision maker's post", HistoryValue.Text),
            ["DecisionMaker"] = ("Decision maker", HistoryValue.Text),
            ["DecidedOn"] = ("Decided on", HistoryValue.Text),
            ["Amount"] = ("Amount", HistoryValue.Money),
            ["Reasons"] = ("Reasons", HistoryValue.Text),
            ["OptionsConsidered"] = ("Options considered", HistoryValue.Text),
            ["ConflictsDeclared"] = ("Conflicts declared", HistoryValue.Text),
            ["BackgroundPapers"] = ("Background papers", HistoryValue.Text),
            ["ExemptText"] = ("Exempt part", HistoryValue.Text),
            ["ExemptCategory"] = ("Exemption (Schedule 12A paragraph)", HistoryValue.Text),
            ["SourceType"] = ("Drafted from", HistoryValue.Choice),
            ["FinanceAdvice"] = ("Chief Finance Officer's advice", HistoryValue.Text),
            ["FinanceAdviceBy"] = ("Finance advice by", HistoryValue.Text),
            ["FinanceAdviceAt"] = ("Finance advice given", HistoryValue.Text),
            ["MonitoringAdvice"] = ("Monitoring officer's advice", HistoryValue.Text),
            ["MonitoringAdviceBy"] = ("Monitoring officer's advice by", HistoryValue.Text),
            ["MonitoringAdviceAt"] = ("Monitoring officer's advice given", HistoryValue.Text),
            ["SignedAt"] = ("Signed", HistoryValue.Text),
            ["ChangeReason"] = ("Reason for this version", HistoryValue.Text),
            ["WithdrawnOn"] = ("Withdrawn on", HistoryValue.Text),
            ["CreatedBy"] = ("Drafted by", HistoryValue.Text),
            ["CreatedAt"] = ("Drafted", HistoryValue.Text),
        },
    };

    /// The field's name and kind on that record; null for a field the record's history does not name (the reader
    /// then sees the field's own name in words).
    public static (string Name, HistoryValue Kind)? Of(string entityType, string field) =>
        ByRecord.TryGetValue(entityType, out var fields) && fields.TryGetValue(field, out var named) ? named
        : Common.TryGetValue(field, out var common) ? common
        : null;
}

/// How a field's value is written in a history: as stored, as money, or an enum's name in words. Dates and moments
/// are recognised by their form whatever the field.
public enum HistoryValue
{
    Text,
    Money,
    Choice,
}
