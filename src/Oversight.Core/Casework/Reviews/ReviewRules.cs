using Oversight.Domain;
using Oversight.Domain.Casework;

namespace Oversight.Core.Casework.Reviews;

/// The checks on what an officer enters, with messages in GOV.UK style naming the form field.
public static class ReviewRules
{
    public static IReadOnlyList<FieldError> Check(ReviewApplication a, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(a);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(a.ApplicantName))
        {
            errors.Add(new("ApplicantName", "Enter the applicant's name"));
        }

        if (string.IsNullOrWhiteSpace(a.ApplicantEmail) && string.IsNullOrWhiteSpace(a.ApplicantAddress))
        {
            errors.Add(new("ApplicantEmail", "Enter an email address or a postal address to reply to"));
        }
        else if (!string.IsNullOrWhiteSpace(a.ApplicantEmail) && !a.ApplicantEmail.Contains('@', StringComparison.Ordinal))
        {
            errors.Add(new("ApplicantEmail", "Enter an email address in the correct format, like name@example.com"));
        }

        if (!string.IsNullOrWhiteSpace(a.RepresentativeName) && a.RepresentativeConsentOn is null)
        {
            errors.Add(new("RepresentativeConsentOn", "Enter the date the applicant's written consent for the representative was received"));
        }

        if (string.IsNullOrWhiteSpace(a.ForceReference))
        {
            errors.Add(new("ForceReference", "Enter the force's complaint reference"));
        }

        if (string.IsNullOrWhiteSpace(a.AppropriateAuthority))
        {
            errors.Add(new("AppropriateAuthority", "Enter the appropriate authority whose decision is challenged"));
        }

        if (a.ReceivedOn > today)
        {
            errors.Add(new("ReceivedOn", "The date the application was received must be today or in the past"));
        }

        if (a.OutcomeGivenOn > a.ReceivedOn)
        {
            errors.Add(new("OutcomeGivenOn", "The date the outcome was given must be on or before the date the application was received"));
        }

        if (a.ComplaintMadeOn is { } made && made > a.OutcomeGivenOn)
        {
            errors.Add(new("ComplaintMadeOn", "The date the complaint was made must be on or before the date the outcome was given"));
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> Check(ReviewAssessment a, ComplaintReview review, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(review);
        var errors = new List<FieldError>();
        if (a.DaysForwarding < 0)
        {
            errors.Add(new("DaysForwarding", "Days spent forwarding must be 0 or more"));
        }

        if (a.ExtendedTo is { } extended)
        {
            if (extended <= ReviewTimeLimit.LastDay(review.OutcomeGivenOn, Math.Max(0, a.DaysForwarding)))
            {
                errors.Add(new("ExtendedTo", "An extension must end after the last day of the 28 days"));
            }

            if (string.IsNullOrWhiteSpace(a.ExtensionReason))
            {
                errors.Add(new("ExtensionReason", "Enter the special circumstances that make an extension just"));
            }
        }

        var iopc = ReviewBody.Decide(new ReviewBodyFacts(a.AboutChiefOfficer, a.AboutSeniorOfficer, a.CouldJustifyProceedings, a.CouldInfringeArticle2Or3, a.ReferredToIopc)).Body == ReviewBodyKind.Iopc;
        if (!iopc && (a.ForwardedToIopcOn is not null || a.ApplicantNotifiedOfForwardingOn is not null))
        {
            errors.Add(new("ForwardedToIopcOn", "Only forward an application to the IOPC when a criterion makes the IOPC the review body"));
        }

        if (a.ApplicantNotifiedOfForwardingOn is not null && a.ForwardedToIopcOn is null)
        {
            errors.Add(new("ForwardedToIopcOn", "Enter the date the application was forwarded to the IOPC"));
        }

        foreach (var (field, day) in new[]
        {
            ("ForwardedToIopcOn", a.ForwardedToIopcOn), ("ApplicantNotifiedOfForwardingOn", a.ApplicantNotifiedOfForwardingOn),
            ("InterestedPersonsNotifiedOn", a.InterestedPersonsNotifiedOn), ("InformationRequestedOn", a.InformationRequestedOn),
            ("InformationReceivedOn", a.InformationReceivedOn),
        })
        {
            if (day is { } d && (d > today || d < review.ReceivedOn))
            {
                errors.Add(new(field, "The date must be between the date the application was received and today"));
            }
        }

        if (a.InformationReceivedOn is not null && a.InformationRequestedOn is null)
        {
            errors.Add(new("InformationRequestedOn", "Enter the date information was requested from the force"));
        }
        else if (a.InformationReceivedOn < a.InformationRequestedOn)
        {
            errors.Add(new("InformationReceivedOn", "The date information was received must be on or after the date it was requested"));
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> Check(ReviewOutcome o, ComplaintReview review, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(review);
        var errors = new List<FieldError>();
        if (review.ReviewBody.Body == ReviewBodyKind.Iopc)
        {
            errors.Add(new("Decision", "The IOPC is the review body for this complaint, so the office cannot decide it"));
        }
        else if (review.Timeliness == Timeliness.OutOfTime)
        {
            errors.Add(new("Decision", "The application is out of time and no extension has been granted"));
        }
        else if (review.IsValid != true)
        {
            errors.Add(new("Decision", "Record that the application is valid before deciding it"));
        }
        else if (review.Type is null)
        {
            errors.Add(new("Decision", "Record the type of review before deciding it"));
        }

        if (o.Decision is null)
        {
            errors.Add(new("Decision", "Select whether the review is upheld"));
        }

        if (string.IsNullOrWhiteSpace(o.Rationale))
        {
            errors.Add(new("Rationale", "Enter the reasons for the decision"));
        }

        if (o.DecidedOn > today || o.DecidedOn < review.ReceivedOn)
        {
            errors.Add(new("DecidedOn", "The date of the decision must be between the date the application was received and today"));
        }

        return errors;
    }
}
