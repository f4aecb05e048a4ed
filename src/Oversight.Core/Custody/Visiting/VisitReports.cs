using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Lists;
using Oversight.Domain;

namespace Oversight.Core.Custody.Visiting;

/// Who is asking for visit reports: a visitor sees only their own pair's visits; coordinators see every visit.
public sealed record VisitingUser(string UserId, bool IsCoordinator);

/// One visit on the list; a class with settable members so the database can search and sort on them.
public sealed class VisitSummary
{
    public Guid Id { get; init; }

    public DateOnly VisitDate { get; init; }

    public string SuiteId { get; init; } = "";

    public string Suite { get; init; } = "";

    public string Pair { get; init; } = "";

    public VisitStatus Status { get; init; }

    public int Detainees { get; init; }

    public int Issues { get; init; }
}

/// The list's filters: draft or submitted, one suite, one financial year (by its start year).
public sealed record VisitFilters(VisitStatus? Status = null, string? SuiteId = null, int? Year = null);

public enum SaveResult
{
    Saved,
    Invalid,
    NotFound,
    Forbidden,
    AlreadySubmitted,
}

public sealed record VisitSave(SaveResult Result, IReadOnlyList<FieldError> Errors, int Version);

public sealed class VisitReports(OversightDbContext db, IAuditActor actor, TimeProvider clock)
{
    public Task<Guid?> VisitorIdAsync(string userId, CancellationToken cancellationToken) =>
        db.CustodyVisitors.Where(v => v.UserId == userId).Select(v => (Guid?)v.Id).SingleOrDefaultAsync(cancellationToken);

    /// The list's columns; newest visit first unless asked otherwise.
    public static ListSorts<VisitSummary> Sorts { get; } = new ListSorts<VisitSummary>()
        .Add("date", v => v.VisitDate)
        .Add("suite", v => v.Suite)
        .Add("pair", v => v.Pair)
        .Add("status", v => v.Status)
        .Add("issues", v => v.Issues)
        .Default("date", descending: true)
        .ThenBy(v => v.Suite)
        .ThenBy(v => v.Id);

    /// One page of the visits the user may see, matching the words (suite, either visitor's name) and filters: in
    /// SQL, so a visitor's query never reads another pair's rows.
    public async Task<ListPage<VisitSummary>> ListAsync(VisitingUser user, VisitFilters filters, ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var visits = await VisibleAsync(user, cancellationToken);
        if (filters.Status is { } status)
        {
            visits = visits.Where(v => v.Status == status);
        }

        if (!string.IsNullOrEmpty(filters.SuiteId))
        {
            visits = visits.Where(v => v.SuiteId == filters.SuiteId);
        }

        if (filters.Year is { } year)
        {
            var (from, to) = (FinancialYear.Start(year), FinancialYear.End(year));
            visits = visits.Where(v => v.VisitDate >= from && v.VisitDate <= to);
        }

        return await (from v in visits
                      join s in db.CustodySuites on v.SuiteId equals s.Id
                      join a in db.CustodyVisitors on v.FirstVisitorId equals a.Id
                      join b in db.CustodyVisitors on v.SecondVisitorId equals b.Id
                      select new VisitSummary
                      {
                          Id = v.Id,
                          VisitDate = v.VisitDate,
                          SuiteId = s.Id,
                          Suite = s.Name,
                          Pair = a.Name + " and " + b.Name,
                          Status = v.Status,
                          Detainees = v.Detainees.Count,
                          Issues = v.Issues.Count,
                      })
            .Matching(request, v => v.Suite, v => v.Pair)
            .PageAsync(Sorts, request, cancellationToken);
    }

    /// The financial years with visits the user may see, newest first, for the list's year filter.
    public async Task<IReadOnlyList<int>> YearsAsync(VisitingUser user, CancellationToken cancellationToken)
    {
        var visits = await VisibleAsync(user, cancellationToken);
        var first = await visits.MinAsync(v => (DateOnly?)v.VisitDate, cancellationToken);
        var last = await visits.MaxAsync(v => (DateOnly?)v.VisitDate, cancellationToken);
        return FinancialYear.Spanning(first, last);
    }

    // Every visit for a coordinator; a visitor's own pair's visits only, in SQL.
    private async Task<IQueryable<CustodyVisit>> VisibleAsync(VisitingUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var visits = db.CustodyVisits.AsNoTracking();
        if (user.IsCoordinator)
        {
            return visits;
        }

        var me = await VisitorIdAsync(user.UserId, cancellationToken);
        return visits.Where(v => v.FirstVisitorId == me || v.SecondVisitorId == me);
    }

    /// Starts a draft report for the signed-in visitor and a partner; returns its id or the problems.
    public async Task<Saved> StartAsync(
        string userId, string? suiteId, string? partnerId, DateOnly? visitDate, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var me = await db.CustodyVisitors.SingleOrDefaultAsync(v => v.UserId == userId, cancellationToken);
        if (me is null)
        {
            return Saved.Invalid([new FieldError("SuiteId", "Your account is not linked to a custody visitor; ask the scheme coordinator")]);
        }

        // Only an active visitor on probation or appointed may visit (Code of Practice); an applicant or a visitor who
        // has left must not file a report under the scheme's name.
        if (!me.CanVisit)
        {
            return Saved.Invalid([new FieldError("SuiteId", "You cannot report a visit until you are an active, appointed visitor; ask the scheme coordinator")]);
        }

        if (suiteId is null || !await db.CustodySuites.AnyAsync(s => s.Id == suiteId, cancellationToken))
        {
            errors.Add(new("SuiteId", "Select the custody suite you visited"));
        }

        var partner = Guid.TryParse(partnerId, out var p) ? await db.CustodyVisitors.FindAsync([p], cancellationToken) : null;
        if (partner is null || partner.Id == me.Id || !partner.CanVisit)
        {
            errors.Add(new("PartnerId", "Select the visitor you visited with"));
        }

        if (visitDate is null)
        {
            errors.Add(new("VisitDate", "Enter the date of the visit"));
        }
        else if (visitDate > UkTime.Today(clock))
        {
            errors.Add(new("VisitDate", "The date of the visit must be today or in the past"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var visit = new CustodyVisit
        {
            SuiteId = suiteId!,
            FirstVisitorId = me.Id,
            SecondVisitorId = partner!.Id,
            VisitDate = visitDate!.Value,
            Status = VisitStatus.Draft,
            Version = 1,
        };
        db.CustodyVisits.Add(visit);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(visit.Id);
    }

    /// The visit with everything on it, if the user may see it; reading it is audited.
    public async Task<(CustodyVisit? Visit, bool Forbidden)> OpenAsync(VisitingUser user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var visit = await db.CustodyVisits.AsNoTracking().AsSplitQuery()
            .Include(v => v.Detainees.OrderBy(d => d.Position)).Include(v => v.Issues.OrderBy(i => i.Position)).Include(v => v.Checks)
            .SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (visit is null)
        {
            return (null, false);
        }

        if (!user.IsCoordinator && !visit.MadeBy(await VisitorIdAsync(user.UserId, cancellationToken) ?? Guid.Empty))
        {
            return (null, true);
        }

        AuditTrail.RecordView(db, actor, clock, nameof(CustodyVisit), id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return (visit, false);
    }

    /// Saves a draft or submits the report. Only the pair may change it, and only until it is submitted.
    public async Task<VisitSave> SaveAsync(VisitingUser user, Guid id, VisitReportInput input, bool submit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var visit = await db.CustodyVisits.AsSplitQuery().Include(v => v.Detainees).Include(v => v.Issues).Include(v => v.Checks)
            .SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (visit is null)
        {
            return new(SaveResult.NotFound, [], 0);
        }

        if (!visit.MadeBy(await VisitorIdAsync(user.UserId, cancellationToken) ?? Guid.Empty))
        {
            return new(SaveResult.Forbidden, [], visit.Version);
        }

        if (visit.Status == VisitStatus.Submitted)
        {
            return new(SaveResult.AlreadySubmitted, [], visit.Version);
        }

        var reader = new VisitReportReader(input, submit);
        reader.ApplyTo(visit);
        if (reader.Errors.Count > 0)
        {
            // Nothing half-read may reach the database with a later save in the same request.
            db.ChangeTracker.Clear();
            return new(SaveResult.Invalid, reader.Errors, visit.Version);
        }

        // Rows are new objects with their ids already set, which EF would otherwise take for existing rows to update.
        foreach (var row in visit.Detainees.Cast<object>().Concat(visit.Issues).Concat(visit.Checks))
        {
            if (db.Entry(row).State == EntityState.Detached)
            {
                db.Add(row);
            }
        }

        visit.Version++;
        if (submit)
        {
            var today = UkTime.Today(clock);
            visit.Status = VisitStatus.Submitted;
            visit.SubmittedAt = clock.GetUtcNow();
            foreach (var issue in visit.Issues)
            {
                // Every issue goes to the custody inspector with the report, and the police have 28 days to answer.
                issue.Status = IssueStatus.Open;
                issue.ReferredOn = today;
                issue.DueBy = today.AddDays(VisitIssue.DaysToRespond);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new(SaveResult.Saved, [], visit.Version);
    }
}
