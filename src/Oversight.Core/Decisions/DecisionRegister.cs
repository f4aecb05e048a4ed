using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Lists;
using Oversight.Domain;
using Oversight.Domain.Decisions;

namespace Oversight.Core.Decisions;

/// Who is acting on a notice: their name, roles and the scheme's posts they hold.
public sealed record Decider(string Id, string Name, IReadOnlyCollection<string> Roles, IReadOnlyCollection<string> Posts);

/// What the office edits on a draft notice before advice and signature.
public sealed record NoticeEdit(string? Summary, string? OptionsConsidered, string? BackgroundPapers, string? ExemptText, int? ExemptCategory);

public enum AdviceKind
{
    Finance,
    MonitoringOfficer,
}

/// A notice as the public sees it: everything but the exempt text, which never leaves the office.
public sealed record PublicNotice(
    Guid Id, Guid SeriesId, string Reference, int Version, DecisionType Type, NoticeStatus Status, string Title, string Summary,
    string? DecisionMaker, DateOnly? DecidedOn, decimal? Amount, string Reasons, string OptionsConsidered, string ConflictsDeclared,
    string BackgroundPapers, int? ExemptCategory, string? ChangeReason, DateOnly? WithdrawnOn, DateTimeOffset? PublishedAt);

/// The register of decisions the Specified Information Order asks for: notices drafted from the record behind the
/// decision, advised on, signed by the post the scheme of delegation names, published, and never changed once public
/// (a correction or a withdrawal is a new version with its reason).
public sealed class DecisionRegister(OversightDbContext db, SchemeOfDelegation scheme, TimeProvider clock)
{
    public SchemeOfDelegation Scheme => scheme;

    /// The Schedule 12A (Local Government Act 1972) categories of exempt information, by paragraph.
    public static readonly IReadOnlyDictionary<int, string> ExemptCategories = new Dictionary<int, string>
    {
        [1] = "Information relating to any individual",
        [2] = "Information which is likely to reveal the identity of an individual",
        [3] = "Information relating to the financial or business affairs of any particular person (including the authority holding that information)",
        [4] = "Information relating to consultations or negotiations in connection with any labour relations matter",
        [5] = "Information in respect of which a claim to legal professional privilege could be maintained in legal proceedings",
        [6] = "Information which reveals that the authority proposes to give a notice or make an order or direction under any enactment",
        [7] = "Information relating to any action taken or to be taken in connection with the prevention, investigation or prosecution of crime",
    };

    public static string Exemption(int category) =>
        $"Exempt under paragraph {category} of Schedule 12A to the Local Government Act 1972: {ExemptCategories[category]}";

    public Task<DecisionNotice?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.DecisionNotices.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);

    public Task<List<DecisionNotice>> VersionsAsync(Guid seriesId, CancellationToken cancellationToken) =>
        db.DecisionNotices.AsNoTracking().Where(n => n.SeriesId == seriesId).OrderBy(n => n.Version).ToListAsync(cancellationToken);

    /// The office's list's columns; the newest notice first unless asked otherwise.
    public static ListSorts<DecisionNotice> OfficeSorts { get; } = new ListSorts<DecisionNotice>()
        .Add("created", n => n.CreatedAt)
        .Add("reference", n => n.Reference)
        .Add("title", n => n.Title)
        .Add("status", n => n.Status)
        .Add("amount", n => n.Amount)
        .Default("created", descending: true)
        .ThenBy(n => n.Id);

    /// One page of the office's list: every series' latest version (drafts included) matching the words (reference,
    /// title), in a state and of a kind if asked, sorted and paged in the database.
    public Task<ListPage<DecisionNotice>> OfficeSearchAsync(NoticeStatus? status, DecisionType? type, ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = db.DecisionNotices.AsNoTracking().Where(n => !db.DecisionNotices.Any(later => later.SeriesId == n.SeriesId && later.Version > n.Version));
        if (status is { } state)
        {
            query = query.Where(n => n.Status == state);
        }

        if (type is { } kind)
        {
            query = query.Where(n => n.Type == kind);
        }

        return query.Matching(request, n => n.Reference, n => n.Title).PageAsync(OfficeSorts, request, cancellationToken);
    }

    /// Drafts the notice for a funding decision from the bid, its assessment and its decision; the draft already made if there is one.
    public async Task<Saved> DraftFromApplicationAsync(Guid applicationId, string createdBy, CancellationToken cancellationToken)
    {
        var application = await db.FundingApplications.AsNoTracking().Include(a => a.Round).Include(a => a.ApplicantOrganisation)
            .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application?.DecidedOn is null)
        {
            return Saved.Invalid("Source", "Only a decided application has a decision notice");
        }

        var type = application.Status == ApplicationStatus.ApprovedReduced ? DecisionType.ReducedAward : DecisionType.GrantAward;
        var conflicts = await db.AssessorAssignments.AsNoTracking().Where(a => a.ApplicationId == applicationId && a.HasConflict == true)
            .Select(a => a.AssessorName + ": " + a.ConflictDetails).ToListAsync(cancellationToken);
        var amount = application.AwardedAmount ?? application.Amount;
        var money = Money(amount);
        return await DraftAsync(new DecisionNotice
        {
            Reference = "",
            Type = type,
            Title = $"{application.Round!.Name}: {application.ProjectTitle} ({application.Reference})",
            Summary = application.IsAwarded
                ? $"A grant of {money}{(amount < application.Amount ? $" (of {Money(application.Amount)} asked for)" : "")} to {application.ApplicantOrganisation!.Name} for \"{application.ProjectTitle}\" in {application.District}, from {application.Round.Name} of the Safer Communities Fund. {application.Summary}"
                : $"Not to fund \"{application.ProjectTitle}\" from {application.ApplicantOrganisation!.Name} in {application.Round.Name} of the Safer Communities Fund.",
            DecisionMakerPost = PostFor(type, amount),
            DecisionMaker = application.DecidedBy,
            DecidedOn = application.DecidedOn,
            Amount = application.IsAwarded ? amount : null,
            Reasons = $"{application.DecisionReasons} Panel recommendation: {application.PanelRecommendation ?? "none recorded"}. Moderated score: {application.ModeratedScore?.ToString("0.00", CultureInfo.InvariantCulture) ?? "none"}.",
            OptionsConsidered = "Fund in full; fund a reduced amount; do not fund.",
            ConflictsDeclared = conflicts.Count == 0 ? "None declared." : string.Join("; ", conflicts),
            BackgroundPapers = $"Application {application.Reference}; assessors' scores by criterion; moderation note; panel recommendation.",
            SourceType = nameof(FundingApplication),
            SourceId = application.Id.ToString(),
            CreatedBy = createdBy,
        }, cancellationToken);
    }

    /// Drafts the notice for the precept proposal the office recorded for a year.
    public async Task<Saved> DraftFromPreceptAsync(Guid preceptId, string createdBy, CancellationToken cancellationToken)
    {
        var precept = await db.PreceptRecords.AsNoTracking().Include(p => p.TaxBases).SingleOrDefaultAsync(p => p.Id == preceptId, cancellationToken);
        if (precept is null)
        {
            return Saved.Invalid("Source", "There is no such precept record");
        }

        var bandD = precept.TotalTaxBase == 0 ? 0 : Math.Round(precept.Requirement / precept.TotalTaxBase, 2);
        return await DraftAsync(new DecisionNotice
        {
            Reference = "",
            Type = DecisionType.PreceptProposal,
            Title = $"Police precept proposal {precept.Year}",
            Summary = $"To propose to the Police and Crime Panel a precept requirement of {Money(precept.Requirement)} for {precept.Year}, £{bandD.ToString("N2", CultureInfo.GetCultureInfo("en-GB"))} for a Band D property on a tax base of {precept.TotalTaxBase.ToString("N2", CultureInfo.GetCultureInfo("en-GB"))} Band D equivalents.",
            DecisionMakerPost = PostFor(DecisionType.PreceptProposal, precept.Requirement),
            Amount = precept.Requirement,
            Reasons = "Sets the policing budget for the year after the precept engagement survey and the Chief Constable's budget submission.",
            OptionsConsidered = "The maximum increase the referendum limit allows; a smaller increase; no increase.",
            ConflictsDeclared = "None declared.",
            BackgroundPapers = $"Precept record {precept.Year}; tax base by district; precept engagement results.",
            SourceType = "PreceptRecord",
            SourceId = precept.Id.ToString(),
            CreatedBy = createdBy,
        }, cancellationToken);
    }

    /// Drafts the notice for a commissioned victims' service contract.
    public async Task<Saved> DraftFromContractAsync(Guid contractId, string createdBy, CancellationToken cancellationToken)
    {
        var contract = await db.VictimServiceContracts.AsNoTracking().Include(c => c.Provider).SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null)
        {
            return Saved.Invalid("Source", "There is no such contract");
        }

        return await DraftAsync(new DecisionNotice
        {
            Reference = "",
            Type = DecisionType.ContractAward,
            Title = $"Contract award: {contract.Provider!.Name}, {contract.FinancialYear}",
            Summary = $"To award {contract.Provider.Name} a contract worth {Money(contract.Value)} from {contract.Starts.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} to {contract.Ends.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} ({string.Join(", ", contract.ServiceTypes)}), funded by {contract.FundingSource}.",
            DecisionMakerPost = PostFor(DecisionType.ContractAward, contract.Value),
            Amount = contract.Value,
            Reasons = "Provides the victims' services the Police and Crime Plan commits to, under the Ministry of Justice victims' grant.",
            OptionsConsidered = "Award to the provider after the procurement; extend the current arrangement; bring the service in house.",
            ConflictsDeclared = "None declared.",
            BackgroundPapers = $"Contract for {contract.Provider.Name}, {contract.FinancialYear}; procurement evaluation.",
            SourceType = "VictimServiceContract",
            SourceId = contract.Id.ToString(),
            CreatedBy = createdBy,
        }, cancellationToken);
    }

    /// Drafts the notice for the clawback recorded on a grant.
    public async Task<Saved> DraftFromClawbackAsync(Guid grantId, string createdBy, CancellationToken cancellationToken)
    {
        var grant = await db.Grants.AsNoTracking().Include(g => g.Application!).ThenInclude(a => a.ApplicantOrganisation)
            .SingleOrDefaultAsync(g => g.Id == grantId, cancellationToken);
        if (grant?.ClawbackAmount is not { } amount)
        {
            return Saved.Invalid("Source", "Only a grant with a clawback recorded has a clawback notice");
        }

        var application = grant.Application!;
        return await DraftAsync(new DecisionNotice
        {
            Reference = "",
            Type = DecisionType.Clawback,
            Title = $"Clawback of grant: {application.ProjectTitle} ({application.Reference})",
            Summary = $"To recover {Money(amount)} of the {Money(grant.Amount)} grant to {application.ApplicantOrganisation!.Name} for \"{application.ProjectTitle}\": money paid but, by the latest monitoring return, not spent.",
            DecisionMakerPost = PostFor(DecisionType.Clawback, amount),
            Amount = amount,
            Reasons = grant.ClawbackReason ?? "",
            OptionsConsidered = "Recover the unspent money; allow the organisation to keep it for the project's purposes; vary the grant.",
            ConflictsDeclared = "None declared.",
            BackgroundPapers = $"Grant {application.Reference}; payments made; monitoring returns.",
            SourceType = "Clawback",
            SourceId = grant.Id.ToString(),
            CreatedBy = createdBy,
        }, cancellationToken);
    }

    /// Drafts the notice for a policy decision: a policy has no record of its own in Oversight, so the office
    /// writes its title and summary here.
    public async Task<Saved> DraftPolicyAsync(string? title, string? summary, string? reasons, string createdBy, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > DecisionNotice.ShortText)
        {
            return Saved.Invalid("PolicyTitle", $"Enter the policy's title, {DecisionNotice.ShortText} characters or fewer");
        }

        if (string.IsNullOrWhiteSpace(summary) || summary.Trim().Length > DecisionNotice.LongText)
        {
            return Saved.Invalid("PolicySummary", $"Enter a summary of the policy decision, {DecisionNotice.LongText} characters or fewer");
        }

        if (string.IsNullOrWhiteSpace(reasons) || reasons.Trim().Length > DecisionNotice.LongText)
        {
            return Saved.Invalid("PolicyReasons", $"Enter the reasons for the policy, {DecisionNotice.LongText} characters or fewer");
        }

        var id = Guid.CreateVersion7();
        return await DraftAsync(new DecisionNotice
        {
            Id = id,
            Reference = "",
            Type = DecisionType.Policy,
            Title = title.Trim(),
            Summary = summary.Trim(),
            DecisionMakerPost = PostFor(DecisionType.Policy, 0),
            Reasons = reasons.Trim(),
            OptionsConsidered = "",
            ConflictsDeclared = "None declared.",
            SourceType = "Policy",
            SourceId = id.ToString(),
            CreatedBy = createdBy,
        }, cancellationToken);
    }

    public async Task<Saved> EditAsync(Guid id, NoticeEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var notice = await FindAsync(id, cancellationToken);
        if (notice is null || notice.Status != NoticeStatus.Draft)
        {
            return Saved.Invalid("", "Only a draft notice can be changed");
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(edit.Summary))
        {
            errors.Add(new("Summary", "Enter a summary of the decision"));
        }

        var exempt = string.IsNullOrWhiteSpace(edit.ExemptText) ? null : edit.ExemptText.Trim();
        if (exempt is not null && (edit.ExemptCategory is null || !ExemptCategories.ContainsKey(edit.ExemptCategory.Value)))
        {
            errors.Add(new("ExemptCategory", "Select the Schedule 12A category the withheld part falls under"));
        }

        foreach (var (field, text) in new[] { ("Summary", edit.Summary), ("OptionsConsidered", edit.OptionsConsidered), ("BackgroundPapers", edit.BackgroundPapers), ("ExemptText", edit.ExemptText) })
        {
            if ((text?.Length ?? 0) > DecisionNotice.LongText)
            {
                errors.Add(new(field, $"Must be {DecisionNotice.LongText} characters or fewer"));
            }
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        notice.Summary = edit.Summary!.Trim();
        notice.OptionsConsidered = edit.OptionsConsidered?.Trim() ?? "";
        notice.BackgroundPapers = edit.BackgroundPapers?.Trim() ?? "";
        (notice.ExemptText, notice.ExemptCategory) = (exempt, exempt is null ? null : edit.ExemptCategory);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    /// Records the Chief Finance Officer's or the monitoring officer's advice; only the holder of that post may.
    public async Task<Saved> AdviseAsync(Guid id, AdviceKind kind, string? advice, Decider who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var notice = await FindAsync(id, cancellationToken);
        var post = kind == AdviceKind.Finance ? scheme.FinanceOfficerPost : scheme.MonitoringOfficerPost;
        var field = kind == AdviceKind.Finance ? "FinanceAdvice" : "MonitoringAdvice";
        if (notice is null || notice.Status != NoticeStatus.Draft)
        {
            return Saved.Invalid(field, "Advice is recorded on a draft notice only");
        }

        if (!who.Posts.Contains(post))
        {
            return Saved.Invalid(field, $"Only the {scheme.PostName(post)} can record this advice");
        }

        if (string.IsNullOrWhiteSpace(advice))
        {
            return Saved.Invalid(field, "Enter the advice");
        }

        var now = clock.GetUtcNow();
        var by = $"{who.Name}, {scheme.PostName(post)}";
        if (kind == AdviceKind.Finance)
        {
            (notice.FinanceAdvice, notice.FinanceAdviceBy, notice.FinanceAdviceAt) = (advice.Trim(), by, now);
        }
        else
        {
            (notice.MonitoringAdvice, notice.MonitoringAdviceBy, notice.MonitoringAdviceAt) = (advice.Trim(), by, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    /// The decision maker signs, once the advice the scheme asks for is recorded; the scheme's threshold decides who.
    public async Task<Saved> SignAsync(Guid id, Decider who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        var notice = await FindAsync(id, cancellationToken);
        if (notice is null || notice.Status != NoticeStatus.Draft)
        {
            return Saved.Invalid("Sign", "Only a draft notice can be signed");
        }

        var rule = scheme.Rule(notice.Type);
        if (rule.Requires(Precondition.FinanceAdvice) && notice.FinanceAdvice is null)
        {
            return Saved.Invalid("Sign", $"Record the {scheme.PostName(scheme.FinanceOfficerPost)}'s advice before the notice is signed");
        }

        if (rule.Requires(Precondition.MonitoringOfficerAdvice) && notice.MonitoringAdvice is null)
        {
            return Saved.Invalid("Sign", $"Record the monitoring officer's ({scheme.PostName(scheme.MonitoringOfficerPost)}'s) advice before the notice is signed");
        }

        if (scheme.Refusal(notice.Type, notice.Amount ?? 0, who.Roles, who.Posts) is { } refusal)
        {
            return Saved.Invalid("Sign", refusal);
        }

        var post = who.Posts.Select(p => scheme.Posts.First(x => x.Id == p)).FirstOrDefault(p => p.Id == notice.DecisionMakerPost)
            ?? scheme.Posts.First(p => who.Posts.Contains(p.Id));
        (notice.Status, notice.SignedAt, notice.DecisionMaker) = (NoticeStatus.SignedOff, clock.GetUtcNow(), $"{who.Name}, {post.Name}");
        notice.DecidedOn ??= UkTime.Today(clock);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    public async Task<Saved> PublishAsync(Guid id, CancellationToken cancellationToken)
    {
        var notice = await FindAsync(id, cancellationToken);
        if (notice is null || notice.Status != NoticeStatus.SignedOff)
        {
            return Saved.Invalid("Publish", "Only a signed notice can be published");
        }

        (notice.Status, notice.PublishedAt) = (NoticeStatus.Published, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    /// A correction or redaction: the next version as a draft with the same text and the reason; the published one stays.
    public Task<Saved> CorrectAsync(Guid id, string? reason, string by, CancellationToken cancellationToken) =>
        NextVersionAsync(id, reason, by, withdraw: false, cancellationToken);

    /// Withdraws a published notice: a new, published version saying it was withdrawn, when and why, without its text.
    public Task<Saved> WithdrawAsync(Guid id, string? reason, string by, CancellationToken cancellationToken) =>
        NextVersionAsync(id, reason, by, withdraw: true, cancellationToken);

    /// The public register: the latest public version of each notice, filtered by financial year and kind, paged.
    /// The register's columns; the latest decision first unless asked otherwise.
    public static ListSorts<DecisionNotice> Sorts { get; } = new ListSorts<DecisionNotice>()
        .Add("decided", n => n.DecidedOn)
        .Add("reference", n => n.Reference)
        .Add("title", n => n.Title)
        .Add("amount", n => n.Amount)
        .Default("decided", descending: true)
        .ThenBy(n => n.Reference);

    /// One page of the register: notices matching the words (reference, title, summary, decision maker), in a
    /// financial year written "2024-25" and of a kind, sorted and paged in the database.
    public Task<ListPage<PublicNotice>> SearchAsync(string? year, DecisionType? type, ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = Latest();
        if (FinancialYear.Parse(year) is { } range)
        {
            query = query.Where(n => n.DecidedOn >= range.Start && n.DecidedOn <= range.End);
        }

        if (type is not null)
        {
            query = query.Where(n => n.Type == type);
        }

        return query.Matching(request, n => n.Reference, n => n.Title, n => n.Summary, n => n.DecisionMaker)
            .PageAsync(Sorts, request, Public, cancellationToken);
    }

    /// The financial years with a decision on the register, newest first, for the register's year filter.
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken)
    {
        var latest = Latest();
        return FinancialYear.Spanning(await latest.MinAsync(n => n.DecidedOn, cancellationToken), await latest.MaxAsync(n => n.DecidedOn, cancellationToken));
    }

    /// Every notice on the register now, newest first, for the feed and the CSV.
    public Task<List<PublicNotice>> AllPublicAsync(CancellationToken cancellationToken) =>
        Public(Latest().OrderByDescending(n => n.DecidedOn).ThenByDescending(n => n.Reference)).ToListAsync(cancellationToken);

    /// The public versions of one notice, latest first; empty when none is public. Earlier versions of a withdrawn
    /// notice are not public any more: only the withdrawal is.
    public async Task<List<PublicNotice>> PublicVersionsAsync(string reference, CancellationToken cancellationToken)
    {
        var versions = await Public(db.DecisionNotices.AsNoTracking()
            .Where(n => n.Reference == reference && (n.Status == NoticeStatus.Published || n.Status == NoticeStatus.Withdrawn))
            .OrderByDescending(n => n.Version)).ToListAsync(cancellationToken);
        return versions is [{ Status: NoticeStatus.Withdrawn } withdrawn, ..] ? [withdrawn] : versions;
    }

    public Task<List<ForwardPlanEntry>> ForwardPlanAsync(CancellationToken cancellationToken) =>
        db.ForwardPlanEntries.AsNoTracking().Where(e => e.ExpectedBy >= UkTime.Today(clock).AddDays(1 - UkTime.Today(clock).Day))
            .OrderBy(e => e.ExpectedBy).ThenBy(e => e.Title).ToListAsync(cancellationToken);

    private IQueryable<DecisionNotice> Latest() =>
        db.DecisionNotices.AsNoTracking()
            .Where(n => n.Status == NoticeStatus.Published || n.Status == NoticeStatus.Withdrawn)
            .Where(n => !db.DecisionNotices.Any(later => later.SeriesId == n.SeriesId && later.Version > n.Version
                && (later.Status == NoticeStatus.Published || later.Status == NoticeStatus.Withdrawn)));

    // N.B. the one projection every public output uses, so the exempt text cannot reach any of them.
    private static IQueryable<PublicNotice> Public(IQueryable<DecisionNotice> query) =>
        query.Select(n => new PublicNotice(
            n.Id, n.SeriesId, n.Reference, n.Version, n.Type, n.Status, n.Title, n.Summary, n.DecisionMaker, n.DecidedOn, n.Amount, n.Reasons,
            n.OptionsConsidered, n.ConflictsDeclared, n.BackgroundPapers, n.ExemptCategory, n.ChangeReason, n.WithdrawnOn, n.PublishedAt));

    private async Task<Saved> NextVersionAsync(Guid id, string? reason, string by, bool withdraw, CancellationToken cancellationToken)
    {
        var notice = await FindAsync(id, cancellationToken);
        if (notice is null || notice.Status != NoticeStatus.Published)
        {
            return Saved.Invalid("Reason", withdraw ? "Only a published notice can be withdrawn" : "Only a published notice can be corrected");
        }

        if (await db.DecisionNotices.AnyAsync(n => n.SeriesId == notice.SeriesId && n.Version > notice.Version, cancellationToken))
        {
            return Saved.Invalid("Reason", $"{notice.Reference} already has a later version; work on that one");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Saved.Invalid("Reason", withdraw ? "Enter why the notice is withdrawn" : "Enter why the notice needs correcting");
        }

        var now = clock.GetUtcNow();
        var next = new DecisionNotice
        {
            SeriesId = notice.SeriesId,
            Version = notice.Version + 1,
            Reference = notice.Reference,
            Type = notice.Type,
            Title = notice.Title,
            Summary = withdraw ? "" : notice.Summary,
            DecisionMakerPost = notice.DecisionMakerPost,
            DecisionMaker = notice.DecisionMaker,
            DecidedOn = notice.DecidedOn,
            Amount = withdraw ? null : notice.Amount,
            Reasons = withdraw ? "" : notice.Reasons,
            OptionsConsidered = withdraw ? "" : notice.OptionsConsidered,
            ConflictsDeclared = withdraw ? "" : notice.ConflictsDeclared,
            BackgroundPapers = withdraw ? "" : notice.BackgroundPapers,
            ExemptText = withdraw ? null : notice.ExemptText,
            ExemptCategory = withdraw ? null : notice.ExemptCategory,
            SourceType = notice.SourceType,
            SourceId = notice.SourceId,
            ChangeReason = reason.Trim(),
            Status = withdraw ? NoticeStatus.Withdrawn : NoticeStatus.Draft,
            WithdrawnOn = withdraw ? UkTime.Today(clock) : null,
            PublishedAt = withdraw ? now : null,
            CreatedBy = by,
            CreatedAt = now,
        };
        db.DecisionNotices.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(next.Id);
    }

    private async Task<Saved> DraftAsync(DecisionNotice notice, CancellationToken cancellationToken)
    {
        var existing = await db.DecisionNotices.Where(n => n.SourceType == notice.SourceType && n.SourceId == notice.SourceId)
            .OrderByDescending(n => n.Version).Select(n => (Guid?)n.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return Saved.Done(existing.Value);
        }

        if (!scheme.Rule(notice.Type).Significant)
        {
            return Saved.Invalid("Source", $"{scheme.Rule(notice.Type).Name} decisions are not significant in the scheme of delegation, so they have no notice on the register");
        }

        var year = FinancialYear.Of(notice.DecidedOn ?? UkTime.Today(clock));
        notice.SeriesId = notice.Id;
        notice.CreatedAt = clock.GetUtcNow();
        db.DecisionNotices.Add(notice);
        for (var attempt = 1; ; attempt++)
        {
            var count = await db.DecisionNotices.CountAsync(n => n.Version == 1 && n.Reference.StartsWith(year + "/"), cancellationToken);
            notice.Reference = string.Create(CultureInfo.InvariantCulture, $"{year}/{count + 1:000}");
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Saved.Done(notice.Id);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Another notice took this reference between the count and the insert (the unique index said so).
                // The failed save's audit entries are dropped so the retry writes one set.
                foreach (var entry in db.ChangeTracker.Entries<Audit.AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }
    }

    private string PostFor(DecisionType type, decimal amount) =>
        scheme.Rule(type).Delegations.Skip(scheme.Rule(type).Delegations.ToList().IndexOf(scheme.Required(type, amount))).Select(d => d.Post).FirstOrDefault(p => p is not null)
            ?? scheme.Posts[0].Id;

    private static string Money(decimal amount) => amount.ToString(amount == decimal.Truncate(amount) ? "C0" : "C2", CultureInfo.GetCultureInfo("en-GB"));
}
