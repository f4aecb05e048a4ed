using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Core.Performance.Judgements;
using Oversight.Core.Performance.Observations;
using Oversight.Domain;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Performance.Themes;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Reports;

/// The quarterly judgement and commentary workflow: Draft → Submitted → Approved → Published, with send-back
/// to Draft, and corrections of a published report as new versions.
public sealed class QuarterlyReports(
    OversightDbContext db, PoliceAndCrimePlan plan, MeasureJudgements judgements, National.MeasureComparisons comparisons, TimeProvider clock)
    : ReviewedReports<QuarterlyReport>(db, clock)
{
    /// Reports judge the whole force: the office holds the chief constable to account for the force area.
    public const string Area = Observation.ForceArea;

    /// The force response page's field, where its errors are shown.
    public const string ResponseField = "Response";

    /// The overall judgements a person may give a theme: those the roll-up policy itself can suggest.
    public static IReadOnlyList<string> Judgements { get; } =
        [.. RollUpPolicy.Default.Rules.Select(r => r.Judgement).Append(RollUpPolicy.Default.Otherwise).Distinct(StringComparer.Ordinal)];

    public Task<List<QuarterlyReport>> ListAsync(CancellationToken cancellationToken) =>
        Db.QuarterlyReports.AsNoTracking()
            .OrderByDescending(r => r.Quarter).ThenByDescending(r => r.Version).ToListAsync(cancellationToken);

    public override Task<QuarterlyReport?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Db.QuarterlyReports.Include(r => r.MeasureCommentaries).Include(r => r.ThemeCommentaries).Include(r => r.MissingValues)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public override Task<bool> IsSupersededAsync(QuarterlyReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Db.QuarterlyReports.AnyAsync(r => r.Quarter == report.Quarter && r.Version > report.Version, cancellationToken);
    }

    /// The latest published version of each quarter, newest quarter first.
    public async Task<IReadOnlyList<QuarterlyReport>> PublishedAsync(CancellationToken cancellationToken)
    {
        var published = await Db.QuarterlyReports.AsNoTracking()
            .Where(r => r.Status == ReportStatus.Published).ToListAsync(cancellationToken);
        return
        [
            .. published.GroupBy(r => r.Quarter, StringComparer.Ordinal)
                .Select(g => g.MaxBy(r => r.Version)!)
                .OrderByDescending(r => r.Quarter, StringComparer.Ordinal),
        ];
    }

    /// The latest published version of a quarter, or null when none is published.
    public Task<QuarterlyReport?> FindPublishedAsync(string quarter, CancellationToken cancellationToken) =>
        Db.QuarterlyReports.AsNoTracking()
            .Where(r => r.Quarter == quarter && r.Status == ReportStatus.Published)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);

    public async Task<ReportOutcome> CreateAsync(MeasureUser user, string? quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!ReportRules.Allows(user.Role, ReportAction.Create))
        {
            return ReportOutcome.Forbidden;
        }

        if (!ReportingPeriodParser.TryParse(quarter, MeasureFrequency.Quarterly, out var period, out var error))
        {
            return ReportOutcome.Invalid(new FieldError("Quarter", error));
        }

        var existing = await Db.QuarterlyReports.Where(r => r.Quarter == period.Text)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return ReportOutcome.Invalid(new FieldError("Quarter", existing.Status == ReportStatus.Published
                ? $"{period.Text} is already published; open it and correct it instead"
                : $"{period.Text} already has a report in progress"));
        }

        var report = new QuarterlyReport { Quarter = period.Text, CreatedBy = user.Name, CreatedById = user.Id, CreatedAt = Clock.GetUtcNow() };
        Db.Add(report);
        await Db.SaveChangesAsync(cancellationToken);
        return ReportOutcome.Done(report.Id);
    }

    /// Saves the commentary and overrides; only while the report is a draft.
    public async Task<ReportOutcome> SaveAsync(MeasureUser user, Guid id, ReportEdits edits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edits);
        var (report, refusal) = await OpenAsync(user, id, ReportAction.Write, cancellationToken);
        if (report is null)
        {
            return refusal!;
        }

        var errors = ReportValidator.Check(plan, edits);
        if (errors.Count > 0)
        {
            return new ReportOutcome(ReportOutcomeKind.Invalid, errors);
        }

        foreach (var (measureId, text) in edits.Measures)
        {
            var row = report.MeasureCommentaries.FirstOrDefault(c => c.MeasureId == measureId);
            var clean = text?.Trim() ?? "";
            if (clean.Length == 0)
            {
                if (row is not null)
                {
                    report.MeasureCommentaries.Remove(row);
                }
            }
            else if (row is null)
            {
                // N.B. Added explicitly: EF takes a new child with a client-generated key, found through the navigation, for an existing row.
                Db.Add(new MeasureCommentary { ReportId = report.Id, MeasureId = measureId, Text = clean });
            }
            else
            {
                row.Text = clean;
            }
        }

        foreach (var (themeId, edit) in edits.Themes)
        {
            var row = report.ThemeCommentaries.FirstOrDefault(c => c.ThemeId == themeId);
            var text = edit.Text?.Trim() ?? "";
            var judgement = Blank(edit.OverrideJudgement);
            var rationale = judgement is null ? null : Blank(edit.OverrideRationale);
            if (text.Length == 0 && judgement is null)
            {
                if (row is not null)
                {
                    report.ThemeCommentaries.Remove(row);
                }

                continue;
            }

            if (row is null)
            {
                row = new ThemeCommentary { ReportId = report.Id, ThemeId = themeId };
                Db.Add(row);
            }

            row.Text = text;
            row.OverrideJudgement = judgement;
            row.OverrideRationale = rationale;
        }

        foreach (var (measureId, text) in edits.Missing ?? new Dictionary<string, string?>())
        {
            var row = report.MissingValues.FirstOrDefault(c => c.MeasureId == measureId);
            var clean = text?.Trim() ?? "";
            if (clean.Length == 0 && row is not null)
            {
                report.MissingValues.Remove(row);
            }
            else if (clean.Length > 0 && row is null)
            {
                Db.Add(new MissingValueReason { ReportId = report.Id, MeasureId = measureId, Reason = clean });
            }
            else if (row is not null)
            {
                row.Reason = clean;
            }
        }

        await Db.SaveChangesAsync(cancellationToken);
        return ReportOutcome.Done(report.Id);
    }

    /// Saves the covering report to the Panel: like the commentary, by the report's author and only while it is a draft.
    public async Task<ReportOutcome> SaveCoveringAsync(MeasureUser user, Guid id, CoveringEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var (report, refusal) = await OpenAsync(user, id, ReportAction.Write, cancellationToken);
        if (report is null)
        {
            return refusal!;
        }

        if (ReportValidator.Check(edit) is { Count: > 0 } errors)
        {
            return new ReportOutcome(ReportOutcomeKind.Invalid, errors);
        }

        (report.CoveringPurpose, report.CoveringSummary, report.CoveringExceptions, report.CoveringRecommendations) =
            (Blank(edit.Purpose), Blank(edit.Summary), Blank(edit.Exceptions), Blank(edit.Recommendations));
        await Db.SaveChangesAsync(cancellationToken);
        return ReportOutcome.Done(report.Id);
    }

    /// The police force the office holds to account: the plan's organisation of the police kind.
    public OrganisationDefinition? Force { get; } = plan.Organisations.FirstOrDefault(o => o.Kind == OrganisationKind.Police);

    /// Whether the user writes for the force: a partner user of the force's own organisation.
    public bool IsForce(MeasureUser user) =>
        user is { Role: Roles.PartnerUser } && Force is { } force && user.OrganisationId == force.Id;

    /// Saves the force's response to the report. Only the force's users write it, at any step before publication; a
    /// published response is frozen with the report, so a change needs a correction.
    public async Task<ReportOutcome> SaveForceResponseAsync(MeasureUser user, Guid id, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await FindAsync(id, cancellationToken) is not { } report)
        {
            return ReportOutcome.NotFound;
        }

        if (!IsForce(user))
        {
            return ReportOutcome.Forbidden;
        }

        if (report.Status == ReportStatus.Published)
        {
            return ReportOutcome.Invalid(new FieldError(ResponseField, "The report is published, so the force's response can no longer be changed; ask the office to correct the report"));
        }

        var clean = Blank(text);
        if (clean?.Length > QuarterlyReport.CoveringLength)
        {
            return ReportOutcome.Invalid(new FieldError(ResponseField, $"The response must be {QuarterlyReport.CoveringLength} characters or fewer"));
        }

        (report.ForceResponse, report.ForceResponseBy, report.ForceResponseAt) =
            clean is null ? ((string?)null, (string?)null, (DateTimeOffset?)null) : (clean, user.Name, Clock.GetUtcNow());
        await Db.SaveChangesAsync(cancellationToken);
        return ReportOutcome.Done(report.Id);
    }

    /// The latest version of each quarter not yet published, newest first: the reports the force may still respond to.
    public async Task<IReadOnlyList<QuarterlyReport>> AwaitingPublicationAsync(CancellationToken cancellationToken)
    {
        var all = await Db.QuarterlyReports.AsNoTracking().ToListAsync(cancellationToken);
        return
        [
            .. all.GroupBy(r => r.Quarter, StringComparer.Ordinal).Select(g => g.MaxBy(r => r.Version)!)
                .Where(r => r.Status != ReportStatus.Published).OrderByDescending(r => r.Quarter, StringComparer.Ordinal),
        ];
    }

    protected override string Period(QuarterlyReport report) => report.Quarter;

    /// Every measure expecting a value in the quarter needs one, or the analyst's reason why not.
    protected override async Task<IReadOnlyList<FieldError>> SubmitRefusalsAsync(QuarterlyReport report, CancellationToken cancellationToken)
    {
        var missing = await MissingAsync(report, cancellationToken);
        return [.. missing.Where(m => report.MissingValues.All(r => r.MeasureId != m.Id))
            .Select(m => new FieldError(ReportValidator.MissingField(m.Id), $"{m.Name} has no value for {report.Quarter}: enter why, or add the value before submitting"))];
    }

    /// The measures that expect a value in the report's quarter (monthly and quarterly ones; annual ones in Q4) and have none.
    public async Task<IReadOnlyList<Measure>> MissingAsync(QuarterlyReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var quarter = ReportingPeriodParser.Parse(report.Quarter, MeasureFrequency.Quarterly);
        var yearStart = quarter.End.AddDays(1).AddYears(-1);
        var themes = await judgements.JudgeAreaAsync(Area, quarter.End, cancellationToken);
        return
        [
            .. themes.SelectMany(t => t.Measures).Where(m => m.Measure.Frequency switch
            {
                MeasureFrequency.Annual => quarter.End.Month == 3 && (m.Latest is null || m.Latest.PeriodStart < yearStart),
                _ => m.Latest is null || m.Latest.PeriodStart < quarter.Start,
            }).Select(m => m.Measure),
        ];
    }

    protected override async Task<string> SnapshotJsonAsync(QuarterlyReport report, CancellationToken cancellationToken) =>
        (await PreviewAsync(report, cancellationToken)).ToJson();

    protected override QuarterlyReport Copy(QuarterlyReport report, string createdBy)
    {
        var next = new QuarterlyReport
        {
            Quarter = report.Quarter,
            CreatedBy = createdBy,
            CoveringPurpose = report.CoveringPurpose,
            CoveringSummary = report.CoveringSummary,
            CoveringExceptions = report.CoveringExceptions,
            CoveringRecommendations = report.CoveringRecommendations,
            ForceResponse = report.ForceResponse,
            ForceResponseBy = report.ForceResponseBy,
            ForceResponseAt = report.ForceResponseAt,
        };
        next.MeasureCommentaries.AddRange(report.MeasureCommentaries.Select(c => new MeasureCommentary { ReportId = next.Id, MeasureId = c.MeasureId, Text = c.Text }));
        next.MissingValues.AddRange(report.MissingValues.Select(c => new MissingValueReason { ReportId = next.Id, MeasureId = c.MeasureId, Reason = c.Reason }));
        next.ThemeCommentaries.AddRange(report.ThemeCommentaries.Select(c => new ThemeCommentary
        {
            ReportId = next.Id,
            ThemeId = c.ThemeId,
            Text = c.Text,
            OverrideJudgement = c.OverrideJudgement,
            OverrideRationale = c.OverrideRationale,
        }));
        return next;
    }

    /// The last day of the report's quarter: values for later periods belong to later reports.
    public static DateOnly CutOff(QuarterlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ReportingPeriodParser.Parse(report.Quarter, MeasureFrequency.Quarterly).End;
    }

    /// The report as it would be published now: a published report's own snapshot, otherwise today's judgements of
    /// the periods up to the end of its quarter, with its commentary.
    public async Task<ReportSnapshot> PreviewAsync(QuarterlyReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Snapshot is { } frozen)
        {
            return ReportSnapshot.FromJson(frozen);
        }

        var themes = await judgements.JudgeAreaAsync(Area, CutOff(report), cancellationToken);
        return Snapshot(report, themes, await CompareAsync(report, themes, cancellationToken));
    }

    /// Each measure police.uk's national files can compare, against the comparison group over the 12 months to the
    /// end of the report's quarter, as the measure page shows it.
    private async Task<Dictionary<string, ComparisonSnapshot>> CompareAsync(QuarterlyReport report, IReadOnlyList<ThemeJudgement> themes, CancellationToken cancellationToken)
    {
        var to = CutOff(report).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var result = new Dictionary<string, ComparisonSnapshot>(StringComparer.Ordinal);
        foreach (var measure in themes.SelectMany(t => t.Measures).Select(m => m.Measure.Id).Distinct())
        {
            // Left out when the force has no national data for the months: there is nothing to set beside the group.
            if (comparisons.SourceOf(measure) is not null && await comparisons.CompareAsync(measure, to, cancellationToken) is { Result: { } r } c)
            {
                result[measure] = new ComparisonSnapshot(
                    c.From, c.To, c.Group.Name, c.Group.Official, r.Force.RatePerThousand, r.GroupRatePerThousand,
                    r.EnglandWalesRatePerThousand, r.Rank, r.Of, c.JudgementWord, c.Method);
            }
        }

        return result;
    }

    private ReportSnapshot Snapshot(QuarterlyReport report, IReadOnlyList<ThemeJudgement> themes, Dictionary<string, ComparisonSnapshot> compared) =>
        new(Area, judgements.AreaName(Area),
        [
            .. themes.Select(t =>
            {
                var commentary = report.ThemeCommentaries.FirstOrDefault(c => c.ThemeId == t.Theme.Id);
                return new ThemeSnapshot(
                    t.Theme.Id, t.Theme.Number, t.Theme.Title, t.Suggestion.Judgement,
                    commentary?.OverrideJudgement, commentary?.OverrideRationale, commentary?.Text ?? "",
                    [
                        .. t.Measures.Select(m => new MeasureSnapshot(
                            m.Measure.Id, m.Measure.Name, m.Measure.Unit, m.Latest?.Value, m.Latest?.Period,
                            m.Chart.VariationIcon, m.Chart.AssuranceIcon,
                            report.MeasureCommentaries.FirstOrDefault(c => c.MeasureId == m.Measure.Id)?.Text ?? "",
                            m.Chart.Points,
                            report.MissingValues.FirstOrDefault(r => r.MeasureId == m.Measure.Id)?.Reason,
                            compared.GetValueOrDefault(m.Measure.Id))),
                    ]);
            }),
        ],
        report is { CoveringPurpose: null, CoveringSummary: null, CoveringExceptions: null, CoveringRecommendations: null }
            ? null
            : new CoveringSnapshot(report.CoveringPurpose ?? "", report.CoveringSummary ?? "", report.CoveringExceptions ?? "", report.CoveringRecommendations ?? ""),
        report is { ForceResponse: { } response, ForceResponseAt: { } at }
            ? new ForceResponseSnapshot(Force?.Name ?? "The force", response, report.ForceResponseBy ?? "", at)
            : null);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
