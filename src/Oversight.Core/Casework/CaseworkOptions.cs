namespace Oversight.Core.Casework;

/// The office's own casework standards and retention periods, from the "Casework" configuration section.
public sealed class CaseworkOptions
{
    public const string Section = "Casework";

    /// Working days to respond to an enquiry (West Yorkshire acknowledges within 10).
    public int EnquiryResponseWorkingDays { get; set; } = 10;

    /// Working days the office allows itself to decide a complaint review (no statutory limit exists).
    public int ReviewCompletionWorkingDays { get; set; } = 40;

    /// A case is "due soon" within this many working days of its due date.
    public int DueSoonWorkingDays { get; set; } = 3;

    public List<string> EnquiryCategories { get; set; } =
    [
        "Reports to the police and their response",
        "Traffic and roads",
        "Violence including VAWG",
        "Domestic abuse",
        "Anti-social behaviour",
        "Complaint about the police",
        "Other",
    ];

    public List<string> Districts { get; set; } = ["Bradford", "Calderdale", "Kirklees", "Leeds", "Wakefield", "Outside West Yorkshire"];

    /// Months after a case is closed before its personal data is removed, per record type.
    public RetentionOptions Retention { get; set; } = new();

    /// The appropriate authority whose complaint outcomes the public apply to have reviewed on the public form.
    public string Force { get; set; } = "West Yorkshire Police";

    /// Posts a member of the public may make to the enquiry form per address per hour.
    public int PublicFormPostsPerHour { get; set; } = 20;
}

public sealed class RetentionOptions
{
    public int EnquiryMonths { get; set; } = 24;

    public int ReviewMonths { get; set; } = 72;

    public int SurgeryBookingMonths { get; set; } = 12;
}
