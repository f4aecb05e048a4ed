using Oversight.Core.Casework;
using Oversight.Core.Casework.Enquiries;
using Oversight.Core.Casework.Letters;
using Oversight.Core.Casework.Reviews;
using Oversight.Core.Casework.Surgeries;

namespace Oversight.Core.Tests.Casework;

/// Cases written straight to the database, as if recorded years ago.
public static class CaseRecords
{
    public static Enquiry Enquiry(string name, string? email, DateOnly received, DateOnly? closed, string summary = "My neighbour's car was broken into.") => new()
    {
        Reference = CaseReference.New("ENQ", received),
        ReceivedOn = received,
        Channel = ContactChannel.Email,
        Person = new CasePerson { Name = name, Email = email },
        Category = "Reports to the police and their response",
        District = "Leeds",
        Summary = summary,
        DueOn = received.AddDays(14),
        RespondedOn = closed,
        Status = closed is null ? EnquiryStatus.InProgress : EnquiryStatus.Closed,
        ClosedOn = closed,
        ClosureReason = closed is null ? null : "Answered",
        Entries = [new EnquiryEntry { At = new DateTimeOffset(received.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), Kind = EntryKind.Received, By = name, Text = summary, AttachmentName = "photo.txt", AttachmentType = "text/plain", AttachmentContent = "photo bytes"u8.ToArray() }],
    };

    public static ComplaintReview Review(string name, string? email, DateOnly received, DateOnly? decided) => new()
    {
        Reference = CaseReference.New("CR", received),
        ReceivedOn = received,
        Channel = ContactChannel.Letter,
        Applicant = new CasePerson { Name = name, Email = email, Address = "2 Sample Road, Wakefield" },
        ForceReference = "CO/55/20",
        AppropriateAuthority = "West Yorkshire Police",
        OutcomeGivenOn = received.AddDays(-10),
        ComplaintSummary = "Stopped and searched without reason.",
        DueOn = received.AddDays(56),
        RecordedUnderSchedule3 = true,
        EligibleComplainant = true,
        NotDirectedOrIndependent = true,
        Type = ReviewType.OtherwiseThanByInvestigation,
        Decision = decided is null ? null : ReviewDecision.Upheld,
        DecidedOn = decided,
        Rationale = decided is null ? null : "The search record did not give grounds.",
        Recommendations = [new ReviewRecommendation { Kind = RecommendationKind.Learning, Text = "Brief officers on recording grounds.", Theme = "Stop and search", Accepted = true }],
        Letters = [new CaseLetter { Kind = LetterKind.Acknowledgement, Dated = received, GeneratedBy = "test", Subject = "Your review", Body = "Dear " + name }],
    };

    public static Surgery Surgery(DateOnly on, string name, string? email) => new()
    {
        On = on,
        Place = "Dewsbury Town Hall",
        StartsAt = new TimeOnly(10, 0),
        Slots = 6,
        Bookings = [new SurgeryBooking { Slot = 1, Person = new CasePerson { Name = name, Email = email }, Topic = "Speeding on my road", Notes = "Asked about speed cameras." }],
    };
}
