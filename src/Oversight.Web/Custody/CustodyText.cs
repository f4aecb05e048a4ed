using System.Globalization;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Custody.Visiting;

namespace Oversight.Web.Custody;

/// Words and formats the custody pages share.
public static class CustodyText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "Not recorded";

    /// A Code C check's answer as the form offered it.
    public static string Answer(CheckAnswer? answer) => answer switch
    {
        CheckAnswer.Yes => "Yes",
        CheckAnswer.No => "No",
        CheckAnswer.NotNeeded => "Not applicable",
        _ => "Not checked",
    };

    public static string Percent(decimal share) => share.ToString("P0", Culture);

    public static string Contact(DetaineeContact? contact) => contact switch
    {
        DetaineeContact.Accepted => "Offered a visit and accepted",
        DetaineeContact.Declined => "Offered a visit and declined",
        DetaineeContact.NotAvailable => "Not available",
        DetaineeContact.Observed => "Observed only",
        _ => "Not recorded",
    };

    public static string Category(IssueCategory category) => category switch
    {
        IssueCategory.Rights => "Rights and entitlements",
        IssueCategory.Health => "Health and wellbeing",
        IssueCategory.FoodAndDrink => "Food and drink",
        IssueCategory.CellConditions => "Cell conditions and cleanliness",
        IssueCategory.Facilities => "Facilities and equipment",
        IssueCategory.Dignity => "Dignity",
        IssueCategory.Staffing => "Staffing",
        _ => "Other",
    };

    public static string Stage(VisitorStage stage) => stage switch
    {
        VisitorStage.Applied => "Applied",
        VisitorStage.Interviewed => "Interviewed",
        VisitorStage.Vetted => "Vetted, references received",
        VisitorStage.Probation => "Trained, on probation",
        VisitorStage.Appointed => "Appointed",
        _ => "Left the scheme",
    };

    public static string Assessment(CaseAssessment assessment) => assessment switch
    {
        CaseAssessment.Appropriate => "Appropriate and consistent with policy",
        CaseAssessment.AppropriateWithObservations => "Appropriate with observations",
        CaseAssessment.Inappropriate => "Inappropriate",
        _ => "Panel unable to agree",
    };

    /// The element id for a bound field name: "Detainees[0].Contact" becomes "Detainees-0-Contact".
    public static string IdFor(string name) => name.Replace("].", "-", StringComparison.Ordinal).Replace('[', '-').Replace(']', '-').Replace('.', '-');
}
