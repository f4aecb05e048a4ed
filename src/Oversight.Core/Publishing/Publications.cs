using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Data;
using Oversight.Core.Engagement.Report;
using Oversight.Core.Performance;
using Oversight.Core.Performance.Reports;
using Oversight.Domain;

namespace Oversight.Core.Publishing;

/// The custody visiting, scrutiny panels and consultation reports' publication: the quarterly report's steps
/// (ReviewedReports) on reports computed from the records. The author submits on current data, someone else
/// approves and publishes, and what is published is frozen as it stood; until then nothing is public.
public sealed class Publications(
    OversightDbContext db, VisitingStatistics visiting, ScrutinyStatistics scrutiny, EngagementReport engagement, TimeProvider clock)
    : ReviewedReports<Publication>(db, clock)
{
    public static string Name(PublicationKind kind) => kind switch
    {
        PublicationKind.CustodyVisitingReport => "Independent custody visiting annual report",
        PublicationKind.ScrutinyPanelsReport => "Scrutiny panels annual report",
        _ => "Consultation report",
    };

    /// What publishing puts in front of the public, in words, for the confirmation before it.
    public static string WhatBecomesPublic(Publication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return publication.Kind switch
        {
            PublicationKind.CustodyVisitingReport => $"the scheme's figures for {publication.Subject} (visitors, visits, detainees seen and spoken to, issues raised by theme and coverage by suite), with counts under 5 shown as \"fewer than 5\", at {PublicPath(publication)}",
            PublicationKind.ScrutinyPanelsReport => $"the panels' figures for {publication.Subject} (meetings, cases, recommendations, child remand and strip searches), with counts under 5 shown as \"fewer than 5\", at {PublicPath(publication)}",
            _ => $"the consultation's results (every question's answers, breakdowns with small groups withheld, coded themes and the approved quotes) at {PublicPath(publication)}",
        };
    }

    /// Where the published report is for anyone to read.
    public static string PublicPath(Publication publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return publication.Kind switch
        {
            PublicationKind.CustodyVisitingReport => $"/custody-and-justice/report.html?year={FirstYear(publication.Subject)}",
            PublicationKind.ScrutinyPanelsReport => $"/custody-and-justice/scrutiny-report.html?year={FirstYear(publication.Subject)}",
            _ => $"/consultations/{publication.Subject}/report.html",
        };
    }

    public static int FirstYear(string subject) => FinancialYear.Parse(subject)?.Start.Year ?? 0;

    public override string AuthorRole(Publication report) =>
        report?.Kind == PublicationKind.ConsultationReport ? Roles.Analyst : Roles.CustodyOfficer;

    public override Task<Publication?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Db.Publications.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<List<Publication>> ListAsync(CancellationToken cancellationToken) =>
        Db.Publications.AsNoTracking().OrderBy(p => p.Kind).ThenByDescending(p => p.Subject).ThenByDescending(p => p.Version).ToListAsync(cancellationToken);

    /// The latest published version of a report, or null while none is published.
    public Task<Publication?> FindPublishedAsync(PublicationKind kind, string subject, CancellationToken cancellationToken) =>
        Db.Publications.AsNoTracking().Where(p => p.Kind == kind && p.Subject == subject && p.Status == ReportStatus.Published)
            .OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken);

    public override Task<bool> IsSupersededAsync(Publication report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Db.Publications.AnyAsync(p => p.Kind == report.Kind && p.Subject == report.Subject && p.Version > report.Version, cancellationToken);
    }

    /// Starts the report on a year or a consultation for review, or opens the latest version when one exists.
    public async Task<ReportOutcome> StartAsync(MeasureUser user, PublicationKind kind, string? subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var author = kind == PublicationKind.ConsultationReport ? Roles.Analyst : Roles.CustodyOfficer;
        if (!ReportRules.Allows(user.Role, ReportAction.Create, author))
        {
            return ReportOutcome.Forbidden;
        }

        var clean = subject?.Trim() ?? "";
        if (kind == PublicationKind.ConsultationReport
            ? !await Db.Consultations.AnyAsync(c => c.Slug == clean, cancellationToken)
            : FinancialYear.Parse(clean) is null)
        {
            return ReportOutcome.Invalid(new FieldError("Subject", kind == PublicationKind.ConsultationReport
                ? "Choose a consultation"
                : "Enter the financial year as 2024-25"));
        }

        if (await Db.Publications.Where(p => p.Kind == kind && p.Subject == clean).OrderByDescending(p => p.Version)
                .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            return ReportOutcome.Done(existing);
        }

        var publication = new Publication { Kind = kind, Subject = clean, CreatedBy = user.Name, CreatedById = user.Id, CreatedAt = Clock.GetUtcNow() };
        Db.Add(publication);
        await Db.SaveChangesAsync(cancellationToken);
        return ReportOutcome.Done(publication.Id);
    }

    /// The custody visiting figures as published, or as they stand now for a report not yet published.
    public async Task<VisitingYear> VisitingAsync(Publication publication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return publication.Snapshot is { } json
            ? JsonSerializer.Deserialize<VisitingYear>(json)!
            : await visiting.ForYearAsync(FirstYear(publication.Subject), cancellationToken);
    }

    /// The scrutiny panels' figures as published, or as they stand now.
    public async Task<ScrutinyYear> ScrutinyAsync(Publication publication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return publication.Snapshot is { } json
            ? JsonSerializer.Deserialize<ScrutinyYear>(json)!
            : await scrutiny.ForYearAsync(FirstYear(publication.Subject), cancellationToken);
    }

    /// The consultation report's HTML as published, or as it reads now.
    public async Task<string?> ConsultationHtmlAsync(Publication publication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return publication.Snapshot is { } json
            ? JsonSerializer.Deserialize<string>(json)
            : await engagement.HtmlAsync(publication.Subject, cancellationToken);
    }

    protected override string Period(Publication report) => $"{Name(report.Kind)} {report.Subject}";

    protected override async Task<string> SnapshotJsonAsync(Publication report, CancellationToken cancellationToken) => report.Kind switch
    {
        PublicationKind.CustodyVisitingReport => JsonSerializer.Serialize(await VisitingAsync(report, cancellationToken)),
        PublicationKind.ScrutinyPanelsReport => JsonSerializer.Serialize(await ScrutinyAsync(report, cancellationToken)),
        _ => JsonSerializer.Serialize(await ConsultationHtmlAsync(report, cancellationToken) ?? ""),
    };

    protected override Publication Copy(Publication report, string createdBy) =>
        new() { Kind = report.Kind, Subject = report.Subject, CreatedBy = createdBy };

    /// Current data: the year (or the consultation) is over, and nothing in it is still waiting to be recorded.
    protected override async Task<IReadOnlyList<FieldError>> SubmitRefusalsAsync(Publication report, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(Clock);
        if (report.Kind == PublicationKind.ConsultationReport)
        {
            var closes = await Db.Consultations.Where(c => c.Slug == report.Subject).Select(c => c.ClosesOn).SingleAsync(cancellationToken);
            return today <= closes
                ? [new FieldError("", $"The consultation is open until {Words(closes)}; its report is submitted after it closes")]
                : [];
        }

        var first = FirstYear(report.Subject);
        var (start, end) = (FinancialYear.Start(first), FinancialYear.End(first));
        if (today <= end)
        {
            return [new FieldError("", $"{report.Subject} runs until {Words(end)}; its report is submitted after the year ends")];
        }

        var waiting = report.Kind == PublicationKind.CustodyVisitingReport
            ? await Db.CustodyVisits.CountAsync(v => v.Status != VisitStatus.Submitted && v.VisitDate >= start && v.VisitDate <= end, cancellationToken)
            : await Db.PanelMeetings.CountAsync(m => m.HeldOn >= start && m.HeldOn <= end && (m.Minutes == null || m.Minutes == ""), cancellationToken);
        return waiting == 0
            ? []
            : [new FieldError("", report.Kind == PublicationKind.CustodyVisitingReport
                ? $"{waiting} {(waiting == 1 ? "visit" : "visits")} in {report.Subject} {(waiting == 1 ? "has" : "have")} no submitted report yet; the figures would leave {(waiting == 1 ? "it" : "them")} out"
                : $"{waiting} panel {(waiting == 1 ? "meeting" : "meetings")} in {report.Subject} {(waiting == 1 ? "has" : "have")} no minutes yet")];
    }

    private static string Words(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
