using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Documents;
using Oversight.Core.Performance;
using Oversight.Core.Performance.Reports;
using Oversight.Domain;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Reporting.Annual;

/// The annual report's authoring workflow, with the quarterly report's roles and steps (ReportRules).
public sealed class AnnualReports(
    OversightDbContext db, PoliceAndCrimePlan plan, ReportFigures figures, IEnumerable<ICaseStudySource> stories, QuarterlyReports quarterly, TimeProvider clock)
    : ReviewedReports<AnnualReport>(db, clock)
{
    public IReadOnlyList<ReportSection> Sections { get; } = ReportSection.For(plan);

    public Task<List<AnnualReport>> ListAsync(CancellationToken cancellationToken) =>
        Db.AnnualReports.AsNoTracking().OrderByDescending(r => r.Year).ThenByDescending(r => r.Version).ToListAsync(cancellationToken);

    public override Task<AnnualReport?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Db.AnnualReports.Include(r => r.Sections).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// The latest version of a year's report, published or not.
    public Task<AnnualReport?> LatestAsync(string year, CancellationToken cancellationToken) =>
        Db.AnnualReports.Include(r => r.Sections).Where(r => r.Year == year)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);

    public Task<AnnualReport?> FindPublishedAsync(string year, CancellationToken cancellationToken) =>
        Db.AnnualReports.AsNoTracking().Include(r => r.Sections)
            .Where(r => r.Year == year && r.Status == ReportStatus.Published)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);

    /// The years with a published report, newest first ("2024-25").
    public async Task<IReadOnlyList<string>> PublishedYearsAsync(CancellationToken cancellationToken) =>
        await Db.AnnualReports.AsNoTracking().Where(r => r.Status == ReportStatus.Published)
            .Select(r => r.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    public static int FirstYear(AnnualReport report) => ReportingPeriodParser.Parse(report?.Year, MeasureFrequency.Annual).Start.Year;

    public async Task<ReportOutcome> CreateAsync(MeasureUser user, string? year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!ReportRules.Allows(user.Role, ReportAction.Create))
        {
            return ReportOutcome.Forbidden;
        }

        if (!ReportingPeriodParser.TryParse(year, MeasureFrequency.Annual, out var period, out var error))
        {
            return ReportOutcome.Invalid(new FieldError("Year", error));
        }

        if (await Db.AnnualReports.AnyAsync(r => r.Year == period.Text, cancellationToken))
        {
            return ReportOutcome.Invalid(new FieldError("Year", $"{period.Text} already has an annual report; open it instead"));
        }

        var report = new AnnualReport { Year = period.Text, CreatedBy = user.Name, CreatedById = user.Id, CreatedAt = Clock.GetUtcNow() };
        Db.Add(report);
        await Db.SaveChangesAsync(cancellationToken);
        return ReportOutcome.Done(report.Id);
    }

    /// Saves the sections' text; a figure reference that names no figure is refused, naming the section.
    public async Task<ReportOutcome> SaveAsync(MeasureUser user, Guid id, IReadOnlyDictionary<string, string?> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var (report, refusal) = await OpenAsync(user, id, ReportAction.Write, cancellationToken);
        if (report is null)
        {
            return refusal!;
        }

        var known = (await figures.ForYearAsync(FirstYear(report), cancellationToken)).Keys.ToHashSet(StringComparer.Ordinal);
        var errors = AnnualReportValidator.Check(Sections, texts, known);
        if (errors.Count > 0)
        {
            return new ReportOutcome(ReportOutcomeKind.Invalid, errors);
        }

        foreach (var (key, text) in texts)
        {
            var clean = text?.Trim() ?? "";
            var row = report.Sections.FirstOrDefault(s => s.SectionKey == key);
            if (row is null && clean.Length > 0)
            {
                Db.Add(new AnnualReportSection { ReportId = report.Id, SectionKey = key, Text = clean });
            }
            else if (row is not null)
            {
                row.Text = clean;
            }
        }

        await Db.SaveChangesAsync(cancellationToken);
        return ReportOutcome.Done(report.Id);
    }

    /// What stops the report being submitted now, each saying what to do (AnnualReportValidator.CheckReady); shown
    /// on the draft so the author sees it before trying.
    public async Task<IReadOnlyList<FieldError>> ReadinessAsync(AnnualReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var year = ReportingPeriodParser.Parse(report.Year, MeasureFrequency.Annual);
        var prefix = report.Year + " Q";
        var published = await Db.QuarterlyReports.Where(r => r.Status == ReportStatus.Published && r.Quarter.StartsWith(prefix))
            .Select(r => r.Quarter).Distinct().ToListAsync(cancellationToken);
        var known = (await figures.ForYearAsync(FirstYear(report), cancellationToken)).Keys.ToHashSet(StringComparer.Ordinal);
        var texts = report.Sections.ToDictionary(s => s.SectionKey, s => (string?)s.Text, StringComparer.Ordinal);
        return AnnualReportValidator.CheckReady(year, UkTime.Today(Clock), published.ToHashSet(StringComparer.Ordinal), Sections, texts, known);
    }

    protected override Task<IReadOnlyList<FieldError>> SubmitRefusalsAsync(AnnualReport report, CancellationToken cancellationToken) =>
        ReadinessAsync(report, cancellationToken);

    public override Task<bool> IsSupersededAsync(AnnualReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Db.AnnualReports.AnyAsync(r => r.Year == report.Year && r.Version > report.Version, cancellationToken);
    }

    protected override string Period(AnnualReport report) => report.Year;

    protected override async Task<string> SnapshotJsonAsync(AnnualReport report, CancellationToken cancellationToken) =>
        (await SnapshotAsync(report, cancellationToken)).ToJson();

    protected override AnnualReport Copy(AnnualReport report, string createdBy)
    {
        var next = new AnnualReport { Year = report.Year, CreatedBy = createdBy };
        next.Sections.AddRange(report.Sections.Select(s => new AnnualReportSection { ReportId = next.Id, SectionKey = s.SectionKey, Text = s.Text }));
        return next;
    }

    /// The themes of the last quarterly report published within the year as it published them, with each measure's
    /// judged series, so the annual report can draw their SPC charts.
    private async Task<IReadOnlyList<ThemeSnapshot>> ThemesInFullAsync(AnnualReport report, CancellationToken cancellationToken)
    {
        var year = report.Year + " Q";
        var last = (await quarterly.PublishedAsync(cancellationToken)).FirstOrDefault(r => r.Quarter.StartsWith(year, StringComparison.Ordinal));
        return last?.Snapshot is { } json ? ReportSnapshot.FromJson(json).Themes : [];
    }

    /// The report as it reads now: a published version's own snapshot, otherwise its text with today's figures.
    public async Task<AnnualSnapshot> SnapshotAsync(AnnualReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Snapshot is { } frozen)
        {
            return AnnualSnapshot.FromJson(frozen);
        }

        var all = await figures.ForYearAsync(FirstYear(report), cancellationToken);
        var texts = report.Sections.ToDictionary(s => s.SectionKey, s => s.Text, StringComparer.Ordinal);
        var (quarter, themes) = await PerformanceAsync(report, cancellationToken);
        var tables = new List<SnapshotTable>();
        foreach (var figure in all.Values.Where(f => f.Tabulate).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (await figures.RecordsAsync(FirstYear(report), figure.Key, cancellationToken) is { } records)
            {
                tables.Add(new SnapshotTable(figure.Key, figure.Section, figure.Source, records.Columns, records.Rows));
            }
        }

        var caseStudies = new List<ReportCaseStudy>();
        foreach (var source in stories)
        {
            caseStudies.AddRange(await source.CaseStudiesAsync(FirstYear(report), cancellationToken));
        }

        return new AnnualSnapshot(
            [.. Sections.Select(s => new SnapshotSection(s.Key, s.Title, texts.GetValueOrDefault(s.Key, "")))],
            [.. all.Values.OrderBy(f => f.Key, StringComparer.Ordinal)],
            quarter,
            themes,
            tables,
            caseStudies,
            await ThemesInFullAsync(report, cancellationToken),
            await figures.ChartsAsync(FirstYear(report), cancellationToken));
    }

    /// The theme judgements and commentary of the last quarterly report published within the year.
    private async Task<(string? Quarter, IReadOnlyList<ThemeLine> Themes)> PerformanceAsync(AnnualReport report, CancellationToken cancellationToken)
    {
        var year = report.Year + " Q";
        var last = (await quarterly.PublishedAsync(cancellationToken)).FirstOrDefault(r => r.Quarter.StartsWith(year, StringComparison.Ordinal));
        return last?.Snapshot is { } json
            ? (last.Quarter, [.. ReportSnapshot.FromJson(json).Themes.Select(t => new ThemeLine($"{t.Number}. {t.Title}", t.Judgement, t.Commentary))])
            : (null, []);
    }
}
