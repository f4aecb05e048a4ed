using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Casework.Enquiries;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Data;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Performance;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Performance.Returns;
using Oversight.Domain;
using Oversight.Domain.Performance.Returns;

namespace Oversight.Core.Work;

/// One line of a person's work: how many records wait for them and the list that holds them.
public sealed record WorkItem(string Label, int Count, string Path);

/// The signed-in person, as the work lists need them: "my" cases are those assigned to their name or id.
public sealed record WorkPerson(string Id, string DisplayName, string Role, string OrganisationId);

/// The home page of work for each role, counted from the records on the office's UK date.
public sealed class WorkLists(OversightDbContext db, DataReturns returns, TimeProvider clock)
{
    public async Task<IReadOnlyList<WorkItem>> ForAsync(WorkPerson person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var today = UkTime.Today(clock);
        return person.Role switch
        {
            Roles.Leadership => await LeadershipAsync(cancellationToken),
            Roles.Analyst => await AnalystAsync(person, today, cancellationToken),
            Roles.GrantsOfficer => await GrantsAsync(today, cancellationToken),
            Roles.CaseworkOfficer => await CaseworkAsync(person, today, cancellationToken),
            Roles.CustodyOfficer => await CustodyAsync(today, cancellationToken),
            Roles.Volunteer => await VolunteerAsync(person, today, cancellationToken),
            Roles.PartnerUser => await PartnerAsync(person, today, cancellationToken),
            Roles.PanelMember => await PanelAsync(today, cancellationToken),
            Roles.Applicant => await ApplicantAsync(person, cancellationToken),
            _ => [],
        };
    }

    private async Task<List<WorkItem>> LeadershipAsync(CancellationToken cancellationToken) =>
    [
        new("Quarterly reports awaiting your approval", await db.QuarterlyReports.CountAsync(r => r.Status == ReportStatus.Submitted, cancellationToken), "/performance/reports"),
        new("Annual reports awaiting your approval", await db.AnnualReports.CountAsync(r => r.Status == ReportStatus.Submitted, cancellationToken), "/annual-reports"),
    ];

    private async Task<List<WorkItem>> AnalystAsync(WorkPerson person, DateOnly today, CancellationToken cancellationToken)
    {
        var outstanding = await returns.OutstandingAsync(Measure(person), cancellationToken);
        return
        [
            new("Data returns overdue", outstanding.Count(r => r.Status == ReturnStatus.Overdue), "/data/returns"),
            new("Data returns due", outstanding.Count(r => r.Status == ReturnStatus.Due), "/data/returns"),
            new("Quarterly reports in draft", await db.QuarterlyReports.CountAsync(r => r.Status == ReportStatus.Draft, cancellationToken), "/performance/reports"),
            new("Annual reports in draft", await db.AnnualReports.CountAsync(r => r.Status == ReportStatus.Draft, cancellationToken), "/annual-reports"),
            new("Uploads awaiting commit", await db.DataUploads.CountAsync(u => u.Status == UploadStatus.Previewed, cancellationToken), "/data"),
        ];
    }

    private async Task<List<WorkItem>> GrantsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var fortnight = today.AddDays(14);
        return
        [
            new("Applications awaiting assessment or moderation", await db.FundingApplications.CountAsync(a => a.Status == ApplicationStatus.Submitted && a.ModeratedScore == null, cancellationToken), "/funding/applications?stage=awaiting-assessment"),
            new("Rounds closing in the next 14 days", await db.FundingRounds.CountAsync(r => r.Opens <= today && r.Closes >= today && r.Closes <= fortnight, cancellationToken), "/funding/rounds"),
            new("Monitoring returns overdue", await db.MonitoringReturns.CountAsync(r => r.SubmittedAt == null && r.DueOn < today, cancellationToken), "/funding"),
            new("Payment tranches ready to release", await db.PaymentTranches.CountAsync(t => t.ReleasedOn == null && t.DueOn <= today && (t.Milestone == null || t.MilestoneSignedOffAt != null), cancellationToken), "/funding"),
        ];
    }

    private async Task<List<WorkItem>> CaseworkAsync(WorkPerson person, DateOnly today, CancellationToken cancellationToken)
    {
        var open = db.Enquiries.Where(e => e.Status != EnquiryStatus.Closed);
        // The same queues the enquiries page shows, so each count is the length of the list it links to.
        var mine = open.Where(e => e.AssignedToId == person.Id);
        // A review's openness depends on its time limit, worked out in code, so the few undecided ones are read.
        var reviews = (await db.ComplaintReviews.Where(r => r.Decision == null && r.ForwardedToIopcOn == null && r.DueOn <= today)
            .ToListAsync(cancellationToken)).Where(r => r.IsOpen).ToList();
        return
        [
            new("My open enquiries", await mine.CountAsync(cancellationToken), "/casework/enquiries?queue=mine"),
            new("Enquiries due today", await open.CountAsync(e => e.DueOn == today, cancellationToken), "/casework/enquiries?queue=due-soon"),
            new("Enquiries overdue", await open.CountAsync(e => e.DueOn < today, cancellationToken), "/casework/enquiries?queue=overdue"),
            new("Enquiries not yet assigned", await open.CountAsync(e => e.AssignedToId == null, cancellationToken), "/casework/enquiries?queue=unassigned"),
            new("Complaint reviews due today", reviews.Count(r => r.DueOn == today), "/casework/reviews"),
            new("Complaint reviews overdue", reviews.Count(r => r.DueOn < today), "/casework/reviews"),
        ];
    }

    private async Task<List<WorkItem>> CustodyAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var next = month.AddMonths(1);
        var gaps = await db.CustodySuites.CountAsync(
            s => db.RotaEntries.Count(r => r.SuiteId == s.Id && r.Day >= month && r.Day < next) < s.VisitsPerMonthTarget, cancellationToken);
        return
        [
            new("Issues awaiting the force's response", await db.VisitIssues.CountAsync(i => i.Status == IssueStatus.Open && i.RespondedOn == null, cancellationToken), "/custody/issues"),
            new("Visits not yet reported", await db.CustodyVisits.CountAsync(v => v.Status == VisitStatus.Draft, cancellationToken), "/custody-visits"),
            new("Suites with gaps in this month's rota", gaps, "/custody/rota"),
        ];
    }

    private async Task<List<WorkItem>> VolunteerAsync(WorkPerson person, DateOnly today, CancellationToken cancellationToken)
    {
        var me = await db.CustodyVisitors.Where(v => v.UserId == person.Id).Select(v => (Guid?)v.Id).SingleOrDefaultAsync(cancellationToken);
        return
        [
            new("My visits on the rota", await db.RotaEntries.CountAsync(r => r.Day >= today && (r.FirstVisitorId == me || r.SecondVisitorId == me), cancellationToken), "/custody-visits"),
            new("My visit reports in draft", await db.CustodyVisits.CountAsync(v => v.Status == VisitStatus.Draft && (v.FirstVisitorId == me || v.SecondVisitorId == me), cancellationToken), "/custody-visits"),
        ];
    }

    private async Task<List<WorkItem>> PartnerAsync(WorkPerson person, DateOnly today, CancellationToken cancellationToken)
    {
        var outstanding = await returns.OutstandingAsync(Measure(person), cancellationToken);
        return
        [
            new("Data returns due from your organisation", outstanding.Count, "/data/returns"),
            new("Data sharing agreements in force with your organisation", await db.DataSharingAgreements.CountAsync(a => a.Starts <= today && a.Ends >= today && a.Partners.Any(p => p.OrganisationId == person.OrganisationId), cancellationToken), "/partnership"),
        ];
    }

    private async Task<List<WorkItem>> PanelAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Where(m => m.Date >= today).OrderBy(m => m.Date)
            .Select(m => new { m.Id, m.Title, m.Date, Papers = m.Reports.Count }).FirstOrDefaultAsync(cancellationToken);
        return meeting is null
            ? []
            : [new($"Papers for the next meeting: {meeting.Title}, {meeting.Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}", meeting.Papers, $"/accountability/meetings/{meeting.Id}")];
    }

    private async Task<List<WorkItem>> ApplicantAsync(WorkPerson person, CancellationToken cancellationToken)
    {
        var organisations = db.ApplicantMembers.Where(m => m.UserId == person.Id).Select(m => m.ApplicantOrganisationId);
        var applications = db.FundingApplications.Where(a => organisations.Contains(a.ApplicantOrganisationId));
        return
        [
            new("My applications in draft", await applications.CountAsync(a => a.Status == ApplicationStatus.Draft, cancellationToken), "/funding/apply"),
            new("My applications being assessed", await applications.CountAsync(a => a.Status == ApplicationStatus.Submitted, cancellationToken), "/funding/apply"),
        ];
    }

    private static MeasureUser Measure(WorkPerson person) => new(person.Id, person.DisplayName, person.Role, person.OrganisationId);
}
