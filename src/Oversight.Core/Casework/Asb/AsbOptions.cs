namespace Oversight.Core.Casework.Asb;

/// The rules for ASB case reviews and appeals to the office, from the "AsbCaseReviews" configuration section. The
/// PCC's appeal role is new (the Crime and Policing Bill amends the Anti-social Behaviour, Crime and Policing Act 2014
/// s104 and Sch 4) and its regulations and guidance are not settled, so every number here is a provisional default
/// the office can change; docs/asb-case-reviews.md cites where each comes from.
public sealed class AsbOptions
{
    public const string Section = "AsbCaseReviews";

    /// The five Community Safety Partnerships, one for each district.
    public List<string> Partnerships { get; set; } = ["Bradford", "Calderdale", "Kirklees", "Leeds", "Wakefield"];

    /// Complaints within <see cref="ThresholdMonths"/> that meet the threshold for a case review: the national
    /// threshold of three (ASB Action Plan 2023).
    public int ThresholdComplaints { get; set; } = 3;

    public int ThresholdMonths { get; set; } = 6;

    /// A partnership's own threshold, where it has set one, by partnership name.
    public Dictionary<string, int> PartnershipThresholds { get; set; } = [];

    /// Days after the applicant is told the case review's outcome within which they may ask the office to review it
    /// (provisional: the 28 days a complaint review allows).
    public int AppealDays { get; set; } = 28;

    /// Working days the office allows itself to decide an appeal (provisional: the complaint review standard).
    public int DecisionWorkingDays { get; set; } = 40;

    /// Working days a partnership has to respond to the office's recommendations (provisional).
    public int ResponseWorkingDays { get; set; } = 20;

    public int ThresholdFor(string partnership) =>
        PartnershipThresholds.TryGetValue(partnership, out var own) ? own : ThresholdComplaints;
}
