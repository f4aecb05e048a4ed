using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Custody.Visiting;

public sealed record IssueRow(Guid Id, Guid VisitId, DateOnly VisitDate, string Suite, IssueCategory Category, string Description,
    IssueStatus Status, DateOnly? DueBy, DateOnly? RespondedOn, bool Escalated);

/// The police response to an issue as the coordinator records it.
public sealed record IssueResponse(string? PoliceResponse, DateOnly? RespondedOn, bool Close, bool Escalate);

/// Follow-up of issues raised on submitted visits: the custody inspector's response, closure and escalation.
public sealed class VisitIssues(OversightDbContext db, IAuditActor actor, TimeProvider clock)
{
    public const int ResponseLength = 4000;

    /// Issues on submitted reports; <paramref name="filter"/> is "open", "overdue", "escalated", "closed" or anything else for all.
    public async Task<List<IssueRow>> ListAsync(string? filter, CancellationToken cancellationToken)
    {
        var today = UkTime.Today(clock);
        var issues = db.VisitIssues.AsNoTracking().Where(i => i.Visit!.Status == VisitStatus.Submitted);
        issues = filter switch
        {
            "open" => issues.Where(i => i.Status == IssueStatus.Open),
            "overdue" => issues.Where(i => i.Status == IssueStatus.Open && i.RespondedOn == null && i.DueBy < today),
            "escalated" => issues.Where(i => i.Escalated),
            "closed" => issues.Where(i => i.Status == IssueStatus.Closed),
            _ => issues,
        };
        return await (from i in issues
                      join s in db.CustodySuites on i.Visit!.SuiteId equals s.Id
                      orderby i.DueBy, i.Visit!.VisitDate
                      select new IssueRow(i.Id, i.VisitId, i.Visit!.VisitDate, s.Name, i.Category, i.Description, i.Status, i.DueBy, i.RespondedOn, i.Escalated))
            .Take(500).ToListAsync(cancellationToken);
    }

    public async Task<VisitIssue?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var issue = await db.VisitIssues.AsNoTracking().Include(i => i.Visit)
            .SingleOrDefaultAsync(i => i.Id == id && i.Visit!.Status == VisitStatus.Submitted, cancellationToken);
        if (issue is not null)
        {
            AuditTrail.RecordView(db, actor, clock, nameof(VisitIssue), id.ToString());
            await db.SaveChangesAsync(cancellationToken);
        }

        return issue;
    }

    /// Records the police response, or says the issue is missing or what is wrong with the response.
    public async Task<Saved> RespondAsync(Guid id, IssueResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var issue = await db.VisitIssues.SingleOrDefaultAsync(i => i.Id == id && i.Visit!.Status == VisitStatus.Submitted, cancellationToken);
        if (issue is null)
        {
            return Saved.Missing;
        }

        var errors = new List<FieldError>();
        var text = string.IsNullOrWhiteSpace(response.PoliceResponse) ? null : response.PoliceResponse.Trim();
        if (text?.Length > ResponseLength)
        {
            errors.Add(new(nameof(IssueResponse.PoliceResponse), "The police response must be 4,000 characters or fewer"));
        }

        if (text is not null && response.RespondedOn is null)
        {
            errors.Add(new(nameof(IssueResponse.RespondedOn), "Enter the date the police responded"));
        }

        if (response.RespondedOn is { } on && (on > UkTime.Today(clock) || on < issue.ReferredOn))
        {
            errors.Add(new(nameof(IssueResponse.RespondedOn), "The date the police responded must be between the referral and today"));
        }

        if (response.Close && text is null && !response.Escalate)
        {
            errors.Add(new(nameof(IssueResponse.PoliceResponse), "Enter the police response before closing the issue"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        issue.PoliceResponse = text;
        issue.RespondedOn = response.RespondedOn;
        issue.Escalated |= response.Escalate;
        issue.Status = response.Close ? IssueStatus.Closed : IssueStatus.Open;
        issue.ClosedOn = response.Close ? issue.ClosedOn ?? UkTime.Today(clock) : null;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }
}
