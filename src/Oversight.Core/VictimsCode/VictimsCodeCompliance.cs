using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accountability;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Accounts;
using Oversight.Core.Casework.Reviews;
using Oversight.Core.Data;
using Oversight.Core.Performance;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.Submissions;
using Oversight.Domain;
using Oversight.Domain.Performance;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;

namespace Oversight.Core.VictimsCode;

/// One measure's value for a quarter, null while the body has not returned it.
public sealed record ComplianceValue(ComplianceMeasure Measure, string Quarter, double? Value, double? Numerator, double? Denominator);

/// What the office already holds beside the returns for a quarter: its commissioned services' returns and the learning
/// its complaint reviews found.
public sealed record ComplianceLinks(int ServiceReturns, int VictimsSupported, int CopedAndRecovered, IReadOnlyList<(string Theme, int Points)> Learning);

/// A review with its meeting and the meeting's actions.
public sealed record ReviewView(CodeComplianceReview Review, IReadOnlyList<MeetingAction> Actions);

/// A year's compliance for the annual report: each measure's value in each quarter with returns, and the year's
/// overall figure.
public sealed record ComplianceYear(string Year, IReadOnlyList<string> Quarters, IReadOnlyList<ComplianceValue> Values, decimal? Overall, IReadOnlyList<CodeComplianceReview> Reviews);

/// The annual compliance report's contents: the year's returns, the rights they evidence and the group's reviews with
/// their actions.
public sealed record ComplianceReport(ComplianceYear Year, IReadOnlyList<VictimsCodeRight> Rights, IReadOnlyList<ReviewView> Reviews, DateOnly Prepared)
{
    /// Counts of people under this are withheld from the report, which is published.
    public const int WithholdBelow = Documents.SmallCounts.SuppressBelow;

    public const string Withheld = Documents.SmallCounts.Suppressed;

    /// A count of people as the report prints it.
    public static string People(double? count) => count switch
    {
        null => "",
        < WithholdBelow => Withheld,
        { } n => n.ToString("N0", CultureInfo.GetCultureInfo("en-GB")),
    };

    /// A value as the report prints it: a count under 5, or a percentage of fewer than 5 cases, is withheld.
    public static string Value(ComplianceValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            { Value: null } => "Not returned",
            { Measure.IsCount: true } => People(value.Value),
            { Denominator: < WithholdBelow } => Withheld,
            _ => value.Value.Value.ToString("0.#", CultureInfo.GetCultureInfo("en-GB")) + "%",
        };
    }
}

/// Victims' Code compliance: the twelve rights, each body's quarterly return of its measures (through the measure-data
/// upload, as values of the whole force area), the Victims and Witnesses group's quarterly review and its actions, and
/// the year's figures for the compliance report.
public sealed class VictimsCodeCompliance(OversightDbContext db, MeasureSubmissions submissions, MeetingActions actions, TimeProvider clock)
{
    public DateOnly Today => UkTime.Today(clock);

    public Task<List<VictimsCodeRight>> RightsAsync(CancellationToken cancellationToken) =>
        db.Set<VictimsCodeRight>().AsNoTracking().OrderBy(r => r.Number).ToListAsync(cancellationToken);

    public async Task<List<ComplianceMeasure>> MeasuresAsync(CodeAgency? agency, CancellationToken cancellationToken)
    {
        var measures = await db.Set<ComplianceMeasure>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. measures.Where(m => agency is null || m.Agency == agency).OrderBy(m => m.Order)];
    }

    /// The measure as the measure-data rules see it: a quarterly percentage or count sent by a partner.
    public static Measure AsPlanMeasure(ComplianceMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return new(measure.Id, measure.Name, measure.Description, measure.IsCount ? MeasureUnit.Count : MeasureUnit.Percentage, MeasureFrequency.Quarterly,
            measure.IsCount ? ImprovementDirection.Decrease : ImprovementDirection.Increase, MeasureSource.Partner, CodeAgencies.Organisation(measure.Agency) ?? "mayors-office");
    }

    /// Analysts and administrators send any body's return; a partner only its own organisation's.
    public static bool MaySend(MeasureUser user, CodeAgency agency)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role is Roles.Analyst or Roles.Administrator
            || (user.Role == Roles.PartnerUser && CodeAgencies.Organisation(agency) == user.OrganisationId);
    }

    public async Task<byte[]> TemplateAsync(CodeAgency agency, bool xlsx, CancellationToken cancellationToken)
    {
        var measures = (await MeasuresAsync(agency, cancellationToken)).Select(AsPlanMeasure).ToList();
        return xlsx ? UploadTemplate.ReturnXlsx(measures, Today) : UploadTemplate.ReturnCsv(measures, Today);
    }

    /// Checks and writes a body's return; the errors name the file, line and field, and a file with any writes nothing.
    public async Task<UploadOutcome> UploadAsync(MeasureUser user, CodeAgency agency, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        if (!MaySend(user, agency))
        {
            throw new InvalidOperationException($"{user.Name} may not send the {CodeAgencies.Name(agency)} return");
        }

        var measures = (await MeasuresAsync(agency, cancellationToken)).Select(AsPlanMeasure).ToList();
        return await submissions.UploadReturnAsync(user, "victims-code/" + CodeAgencies.Key(agency), measures, fileName, content, cancellationToken);
    }

    /// The quarters any body has returned values for, latest first.
    public async Task<List<string>> QuartersAsync(CancellationToken cancellationToken)
    {
        var ids = ComplianceMeasure.All.Select(m => m.Id).ToList();
        var periods = await db.Observations.AsNoTracking()
            .Where(o => o.IsCurrent && o.Area == Observation.ForceArea && ids.Contains(o.MeasureId))
            .Select(o => new { o.Period, o.PeriodStart }).Distinct().ToListAsync(cancellationToken);
        return [.. periods.OrderByDescending(p => p.PeriodStart).Select(p => p.Period).Distinct()];
    }

    /// Every measure's value for the quarters, in measure order then quarter order.
    public async Task<List<ComplianceValue>> ValuesAsync(IReadOnlyList<string> quarters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quarters);
        var measures = await MeasuresAsync(null, cancellationToken);
        var ids = measures.Select(m => m.Id).ToList();
        var held = await db.Observations.AsNoTracking()
            .Where(o => o.IsCurrent && o.Area == Observation.ForceArea && ids.Contains(o.MeasureId) && quarters.Contains(o.Period))
            .ToListAsync(cancellationToken);
        var byKey = held.ToDictionary(o => (o.MeasureId, o.Period));
        return [.. measures.SelectMany(m => quarters.Select(q => byKey.TryGetValue((m.Id, q), out var o)
            ? new ComplianceValue(m, q, o.Value, o.Numerator, o.Denominator)
            : new ComplianceValue(m, q, null, null, null)))];
    }

    /// Compliance across every percentage measure returned with its numbers: the cases where the right was met as a
    /// share of all the cases counted, so a large body weighs as much as its cases. Null when nothing was returned.
    public static decimal? Overall(IEnumerable<ComplianceValue> values)
    {
        var counted = values.Where(v => !v.Measure.IsCount && v.Numerator is not null && v.Denominator is > 0).ToList();
        var denominator = counted.Sum(v => v.Denominator!.Value);
        return denominator > 0 ? Math.Round((decimal)(counted.Sum(v => v.Numerator!.Value) / denominator * 100), 1) : null;
    }

    public async Task<ComplianceYear> YearAsync(int firstYear, CancellationToken cancellationToken)
    {
        var quarters = Enumerable.Range(1, 4).Select(q => ReportingPeriod.Quarter(firstYear, q).Text).ToList();
        var values = await ValuesAsync(quarters, cancellationToken);
        var returned = quarters.Where(q => values.Any(v => v.Quarter == q && v.Value is not null)).ToList();
        var kept = values.Where(v => returned.Contains(v.Quarter)).ToList();
        var reviews = await db.Set<CodeComplianceReview>().AsNoTracking().Include(r => r.Meeting)
            .Where(r => quarters.Contains(r.Quarter)).OrderBy(r => r.QuarterStart).ToListAsync(cancellationToken);
        return new(ReportingPeriod.FinancialYear(firstYear).Text, returned, kept, Overall(kept), reviews);
    }

    /// The years with any returned value, latest first.
    public async Task<List<int>> YearsAsync(CancellationToken cancellationToken) =>
        [.. (await QuartersAsync(cancellationToken)).Select(q => FinancialYear.StartYearOf(ReportingPeriodParser.Parse(q, MeasureFrequency.Quarterly).Start)).Distinct()];

    public async Task<ComplianceLinks> LinksAsync(string quarter, CancellationToken cancellationToken)
    {
        var period = ReportingPeriodParser.Parse(quarter, MeasureFrequency.Quarterly);
        var returns = await db.VictimServiceReturns.AsNoTracking()
            .Where(r => r.Period == period.Text && r.SupersededAt == null && r.SubmittedAt != null)
            .Select(r => new { Victims = r.Female + r.Male + r.SexNotKnown, r.CopedAndRecovered }).ToListAsync(cancellationToken);
        var learning = await (from r in db.ReviewRecommendations.AsNoTracking()
                              join c in db.ComplaintReviews.AsNoTracking() on r.ReviewId equals c.Id
                              where r.Kind == RecommendationKind.Learning && c.DecidedOn >= period.Start && c.DecidedOn <= period.End
                              select r.Theme).ToListAsync(cancellationToken);
        return new(returns.Count, returns.Sum(r => r.Victims), returns.Sum(r => r.CopedAndRecovered),
            [.. learning.GroupBy(t => t ?? "Other").Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal)]);
    }

    public Task<List<CodeComplianceReview>> ReviewsAsync(CancellationToken cancellationToken) =>
        db.Set<CodeComplianceReview>().AsNoTracking().Include(r => r.Meeting).OrderByDescending(r => r.QuarterStart).ToListAsync(cancellationToken);

    public async Task<ReviewView?> FindReviewAsync(Guid id, CancellationToken cancellationToken)
    {
        var review = await db.Set<CodeComplianceReview>().AsNoTracking().Include(r => r.Meeting).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return review is null ? null : new(review, await actions.ForMeetingAsync(review.MeetingId, cancellationToken));
    }

    /// The Victims and Witnesses group's meetings, latest first, for a review to be recorded against.
    public Task<List<Meeting>> GroupMeetingsAsync(CancellationToken cancellationToken) =>
        db.Meetings.AsNoTracking().Where(m => m.TypeId == Body.VictimsAndWitnesses).OrderByDescending(m => m.Date).ToListAsync(cancellationToken);

    /// Records the group's review of a quarter at one of its meetings held after the quarter ended; one review a quarter.
    public async Task<Saved> RecordReviewAsync(string? quarter, Guid? meetingId, string? findings, string by, CancellationToken cancellationToken)
    {
        var checks = new Checks();
        ReportingPeriod? period = null;
        if (!ReportingPeriodParser.TryParse(quarter, MeasureFrequency.Quarterly, out var parsed, out var error))
        {
            checks.Add("Quarter", string.IsNullOrWhiteSpace(quarter) ? "Select the quarter reviewed" : error);
        }
        else if (await db.Set<CodeComplianceReview>().AnyAsync(r => r.Quarter == parsed.Text, cancellationToken))
        {
            checks.Add("Quarter", $"{parsed.Text} has been reviewed already");
        }
        else
        {
            period = parsed;
        }

        var meeting = meetingId is { } id ? await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id && m.TypeId == Body.VictimsAndWitnesses, cancellationToken) : null;
        if (meeting is null)
        {
            checks.Add("MeetingId", "Select the Victims and Witnesses group's meeting that reviewed the quarter");
        }
        else if (period is not null && meeting.Date <= period.End)
        {
            checks.Add("MeetingId", string.Create(CultureInfo.InvariantCulture, $"Select a meeting held after the quarter ended on {period.End:d MMMM yyyy}"));
        }

        var text = checks.Required("Findings", findings, "what the group found", CodeComplianceReview.TextLength);
        if (checks.Errors.Count > 0)
        {
            return Saved.Invalid(checks.Errors);
        }

        var review = new CodeComplianceReview
        {
            Quarter = period!.Text,
            QuarterStart = period.Start,
            MeetingId = meeting!.Id,
            Findings = text!,
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = by,
        };
        db.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(review.Id);
    }

    /// An action from a review, held on the review's meeting so it is tracked with every other meeting action.
    public async Task<Saved> AddActionAsync(Guid reviewId, ActionDetails details, CancellationToken cancellationToken)
    {
        var review = await db.Set<CodeComplianceReview>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        return review is null ? Saved.Missing : await actions.AddAsync(review.MeetingId, details, cancellationToken);
    }

    public Task<(IReadOnlyList<FieldError> Errors, ActionDetails Clean)> CheckActionAsync(ActionDetails details, CancellationToken cancellationToken) =>
        actions.CheckAsync(details, cancellationToken);

    /// The year's compliance report, or null when no body returned anything in the year.
    public async Task<ComplianceReport?> ReportAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = await YearAsync(firstYear, cancellationToken);
        if (year.Quarters.Count == 0)
        {
            return null;
        }

        var reviews = new List<ReviewView>();
        foreach (var review in year.Reviews)
        {
            reviews.Add(new(review, await actions.ForMeetingAsync(review.MeetingId, cancellationToken)));
        }

        return new(year, await RightsAsync(cancellationToken), reviews, Today);
    }
}
