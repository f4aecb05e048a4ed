using Oversight.Domain;
using Oversight.Domain.Casework;

namespace Oversight.Core.Casework.Asb;

/// The checks on case reviews and appeals, with messages in GOV.UK style naming the form field.
public static class AsbRules
{
    public static IReadOnlyList<FieldError> Check(CaseReviewEntry e, AsbOptions options, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<FieldError>();
        if (e.Partnership is null || !options.Partnerships.Contains(e.Partnership))
        {
            errors.Add(new("Partnership", "Select the Community Safety Partnership"));
        }

        if (string.IsNullOrWhiteSpace(e.PartnershipReference))
        {
            errors.Add(new("PartnershipReference", "Enter the partnership's reference"));
        }

        if (e.AppliedOn > today)
        {
            errors.Add(new("AppliedOn", "The date of the application must be today or in the past"));
        }

        if (e.ComplaintsInPeriod is null or < 0)
        {
            errors.Add(new("ComplaintsInPeriod", "Enter the number of complaints, 0 or more"));
        }

        if (e.Accepted is null)
        {
            errors.Add(new("Accepted", "Select whether the partnership held a case review"));
        }

        if (e.OutcomeOn is { } outcome && (outcome < e.AppliedOn || outcome > today))
        {
            errors.Add(new("OutcomeOn", "The date of the outcome must be between the date of the application and today"));
        }

        if (e.OutcomeOn is not null && string.IsNullOrWhiteSpace(e.Outcome))
        {
            errors.Add(new("Outcome", "Enter the outcome"));
        }

        Length(errors, "Outcome", e.Outcome);
        Length(errors, "ActionPlan", e.ActionPlan);
        return errors;
    }

    public static IReadOnlyList<FieldError> Check(AppealApplication a, AsbOptions options, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(a.Name))
        {
            errors.Add(new("Name", "Enter your name"));
        }
        else if (a.Name.Length > CasePerson.NameLength)
        {
            errors.Add(new("Name", $"Name must be {CasePerson.NameLength} characters or fewer"));
        }

        if (string.IsNullOrWhiteSpace(a.Email) && string.IsNullOrWhiteSpace(a.Phone))
        {
            errors.Add(new("Email", "Enter an email address or a phone number so we can reply"));
        }
        else if (!string.IsNullOrWhiteSpace(a.Email) && (!a.Email.Contains('@', StringComparison.Ordinal) || a.Email.Length > CasePerson.ContactLength))
        {
            errors.Add(new("Email", "Enter an email address in the correct format, like name@example.com"));
        }

        if (a.Phone is { Length: > 50 })
        {
            errors.Add(new("Phone", "Phone number must be 50 characters or fewer"));
        }

        if (a.Partnership is null || !options.Partnerships.Contains(a.Partnership))
        {
            errors.Add(new("Partnership", "Select the council area whose case review you want us to look at"));
        }

        if (a.OutcomeGivenOn is null)
        {
            errors.Add(new("OutcomeGivenOn", "Enter the date you were told the outcome of the case review"));
        }
        else if (a.OutcomeGivenOn > a.ReceivedOn || a.OutcomeGivenOn > today)
        {
            errors.Add(new("OutcomeGivenOn", "The date you were told the outcome must be today or in the past"));
        }

        if (string.IsNullOrWhiteSpace(a.Reasons))
        {
            errors.Add(new("Reasons", "Tell us why you are unhappy with how the case review was handled"));
        }

        Length(errors, "Reasons", a.Reasons);
        return errors;
    }

    public static IReadOnlyList<FieldError> Check(AppealAssessment a, AsbAppeal appeal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(appeal);
        var errors = new List<FieldError>();
        if (a.ExtendedTo is { } extended)
        {
            if (extended <= appeal.LastDayToApply)
            {
                errors.Add(new("ExtendedTo", $"An extension must end after the last day of the {appeal.AppealDays} days"));
            }

            if (string.IsNullOrWhiteSpace(a.ExtensionReason))
            {
                errors.Add(new("ExtensionReason", "Enter the circumstances that make an extension just"));
            }
        }

        foreach (var (field, day) in new[] { ("InformationRequestedOn", a.InformationRequestedOn), ("InformationReceivedOn", a.InformationReceivedOn), ("PanelOn", a.PanelOn) })
        {
            if (day is { } d && (d > today || d < appeal.ReceivedOn))
            {
                errors.Add(new(field, "The date must be between the date the appeal was received and today"));
            }
        }

        if (a.InformationReceivedOn is not null && a.InformationRequestedOn is null)
        {
            errors.Add(new("InformationRequestedOn", "Enter the date information was requested from the partnership"));
        }
        else if (a.InformationReceivedOn < a.InformationRequestedOn)
        {
            errors.Add(new("InformationReceivedOn", "The date information was received must be on or after the date it was requested"));
        }

        Length(errors, "ExtensionReason", a.ExtensionReason);
        Length(errors, "PanelMembers", a.PanelMembers);
        return errors;
    }

    public static IReadOnlyList<FieldError> Check(AppealOutcome o, AsbAppeal appeal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(appeal);
        var errors = new List<FieldError>();
        if (appeal.Timeliness == Timeliness.OutOfTime)
        {
            errors.Add(new("Decision", "The appeal is out of time and no extension has been granted"));
        }
        else if (appeal.Eligible != true)
        {
            errors.Add(new("Decision", "Record that the applicant is eligible before deciding the appeal"));
        }
        else if (appeal.PanelOn is null)
        {
            errors.Add(new("Decision", "Record the panel that considered the appeal before deciding it"));
        }

        if (o.Decision is null)
        {
            errors.Add(new("Decision", "Select whether the original review stands or you make recommendations"));
        }

        if (string.IsNullOrWhiteSpace(o.Rationale))
        {
            errors.Add(new("Rationale", "Enter the reasons for the decision"));
        }

        Length(errors, "Rationale", o.Rationale);
        if (o.DecidedOn > today || o.DecidedOn < appeal.ReceivedOn)
        {
            errors.Add(new("DecidedOn", "The date of the decision must be between the date the appeal was received and today"));
        }

        return errors;
    }

    private static void Length(List<FieldError> errors, string field, string? text)
    {
        if (text is { Length: > AsbCaseReview.TextLength })
        {
            errors.Add(new(field, $"Text must be {AsbCaseReview.TextLength} characters or fewer"));
        }
    }
}
