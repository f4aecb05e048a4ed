using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Performance.Reports;

/// The review steps the quarterly and annual reports share: submit, send back, approve, publish and correct, each
/// refused in the same way when the user's role or the report's status does not allow it.
public abstract class ReviewedReports<TReport>(OversightDbContext db, TimeProvider clock)
    where TReport : ReviewedReport
{
    protected OversightDbContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    public abstract Task<TReport?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// The role that writes and submits the report (analysts, unless the report says otherwise).
    public virtual string AuthorRole(TReport report) => Accounts.Roles.Analyst;

    /// Whether a later version of the report's period exists (so this one can no longer be corrected).
    public abstract Task<bool> IsSupersededAsync(TReport report, CancellationToken cancellationToken);

    public Task<ReportOutcome> SubmitAsync(MeasureUser user, Guid id, CancellationToken cancellationToken) =>
        MoveAsync(user, id, ReportAction.Submit, cancellationToken);

    public Task<ReportOutcome> SendBackAsync(MeasureUser user, Guid id, CancellationToken cancellationToken) =>
        MoveAsync(user, id, ReportAction.SendBack, cancellationToken);

    public Task<ReportOutcome> ApproveAsync(MeasureUser user, Guid id, CancellationToken cancellationToken) =>
        MoveAsync(user, id, ReportAction.Approve, cancellationToken);

    /// Publishes the report, freezing its snapshot as it stands.
    public async Task<ReportOutcome> PublishAsync(MeasureUser user, Guid id, CancellationToken cancellationToken)
    {
        var (report, refusal) = await OpenAsync(user, id, ReportAction.Publish, cancellationToken);
        if (report is null)
        {
            return refusal!;
        }

        if (SecondPersonRefusal(user, report, ReportAction.Publish) is { } own)
        {
            return own;
        }

        report.Snapshot = await SnapshotJsonAsync(report, cancellationToken);
        ReportSteps.Take(report, ReportAction.Publish, user.Name, Clock.GetUtcNow());
        await Db.SaveChangesAsync(cancellationToken);
        return ReportOutcome.Done(report.Id);
    }

    /// Starts the next version of a published report as a draft with the same text; the published one stays as it is.
    public async Task<ReportOutcome> CorrectAsync(MeasureUser user, Guid id, string? reason, CancellationToken cancellationToken)
    {
        var (report, refusal) = await OpenAsync(user, id, ReportAction.Correct, cancellationToken);
        if (report is null)
        {
            return refusal!;
        }

        var why = reason?.Trim() ?? "";
        if (why.Length == 0)
        {
            return ReportOutcome.Invalid(new FieldError("Reason", "Enter why the report needs correcting"));
        }

        if (why.Length > ReviewedReport.ReasonLength)
        {
            return ReportOutcome.Invalid(new FieldError("Reason", $"Reason must be {ReviewedReport.ReasonLength} characters or fewer"));
        }

        if (await IsSupersededAsync(report, cancellationToken))
        {
            return ReportOutcome.Invalid(new FieldError("Reason", $"{Period(report)} already has a later version; correct that one"));
        }

        var next = Copy(report, user.Name);
        (next.Version, next.CreatedAt, next.CorrectionReason, next.CreatedById) = (report.Version + 1, Clock.GetUtcNow(), why, user.Id);
        Db.Add(next);
        await Db.SaveChangesAsync(cancellationToken);
        return ReportOutcome.Done(next.Id);
    }

    /// Why the report cannot be submitted yet (the quarterly report's missing values); empty when it can.
    protected virtual Task<IReadOnlyList<FieldError>> SubmitRefusalsAsync(TReport report, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FieldError>>([]);

    /// The period the report covers, as people write it ("2024-25 Q4", "2024-25").
    protected abstract string Period(TReport report);

    /// The JSON of the report as it is published now.
    protected abstract Task<string> SnapshotJsonAsync(TReport report, CancellationToken cancellationToken);

    /// A new report on the same period with the same text, created by the person correcting it.
    protected abstract TReport Copy(TReport report, string createdBy);

    /// The report, once the user's role may take the action and its status allows it; otherwise why not.
    protected async Task<(TReport? Report, ReportOutcome? Refusal)> OpenAsync(
        MeasureUser user, Guid id, ReportAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var report = await FindAsync(id, cancellationToken);
        return ReportSteps.Refusal(user.Role, report, action, report is null ? Accounts.Roles.Analyst : AuthorRole(report)) is { } refusal
            ? (null, refusal)
            : (report, null);
    }

    private async Task<ReportOutcome> MoveAsync(MeasureUser user, Guid id, ReportAction action, CancellationToken cancellationToken)
    {
        var (report, refusal) = await OpenAsync(user, id, action, cancellationToken);
        if (report is null)
        {
            return refusal!;
        }

        if (SecondPersonRefusal(user, report, action) is { } own)
        {
            return own;
        }

        if (action == ReportAction.Submit && await SubmitRefusalsAsync(report, cancellationToken) is { Count: > 0 } missing)
        {
            return new ReportOutcome(ReportOutcomeKind.Invalid, missing);
        }

        ReportSteps.Take(report, action, user.Name, Clock.GetUtcNow());
        report.SubmittedById = report.Status == ReportStatus.Submitted ? user.Id : report.SubmittedById;
        await Db.SaveChangesAsync(cancellationToken);
        return ReportOutcome.Done(report.Id);
    }

    // N.B. approval and publication need a second person: whoever started or submitted this version cannot take them.
    private static ReportOutcome? SecondPersonRefusal(MeasureUser user, TReport report, ReportAction action) =>
        action is ReportAction.Approve or ReportAction.Publish && (report.CreatedById == user.Id || report.SubmittedById == user.Id)
            ? ReportOutcome.Invalid(new FieldError("", $"You started or submitted this version of the report, so someone else must {(action == ReportAction.Approve ? "approve" : "publish")} it"))
            : null;
}
