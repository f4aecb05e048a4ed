using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Casework.Reviews;
using Oversight.Core.Data;
using Oversight.Domain;
using Oversight.Domain.Calendar;
using Oversight.Domain.Casework;

namespace Oversight.Core.Casework.Statistics;

/// Counts a financial year's casework from the records (anonymised ones included: retention keeps what is counted).
public sealed class CaseworkStatistics(OversightDbContext db)
{
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken)
    {
        var enquiries = await db.Enquiries.Select(e => e.ReceivedOn).Distinct().ToListAsync(cancellationToken);
        var reviews = await db.ComplaintReviews.Select(r => r.ReceivedOn).Distinct().ToListAsync(cancellationToken);
        return enquiries.Concat(reviews).Select(FinancialYear.StartYearOf).Distinct().OrderDescending().ToList();
    }

    public async Task<CaseworkYear> YearAsync(int startYear, CancellationToken cancellationToken)
    {
        var from = FinancialYear.Start(startYear);
        var to = FinancialYear.End(startYear);
        var enquiries = await db.Enquiries.AsNoTracking().Where(e => e.ReceivedOn >= from && e.ReceivedOn <= to)
            .Select(e => new { e.ReceivedOn, e.Category, e.Channel, e.District, e.RespondedOn, e.DueOn }).ToListAsync(cancellationToken);
        var reviews = await db.ComplaintReviews.AsNoTracking().Include(r => r.Recommendations)
            .Where(r => r.ReceivedOn >= from && r.ReceivedOn <= to).ToListAsync(cancellationToken);
        var surgeries = await db.Surgeries.AsNoTracking().Where(s => s.On >= from && s.On <= to)
            .Select(s => s.Bookings.Count).ToListAsync(cancellationToken);

        var responseDays = enquiries.Where(e => e.RespondedOn is not null).Select(e => WorkingDays.Between(e.ReceivedOn, e.RespondedOn!.Value)).Order().ToList();
        var enquiryFigures = new EnquiryFigures(
            enquiries.Count,
            Count(enquiries.Select(e => e.Category)),
            Count(enquiries.Select(e => ContactChannels.Label(e.Channel))),
            Count(enquiries.Select(e => e.ReceivedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture))),
            Count(enquiries.Select(e => e.District ?? "Not known")),
            responseDays.Count,
            enquiries.Count(e => e.RespondedOn is { } r && r <= e.DueOn),
            Median(responseDays));

        var completed = reviews.Where(r => r.Decision is not null).ToList();
        var completionDays = completed.Select(r => WorkingDays.Between(r.ReceivedOn, r.DecidedOn!.Value)).ToList();
        var recommendations = reviews.SelectMany(r => r.Recommendations).ToList();
        var reviewFigures = new ReviewFigures(
            reviews.Count,
            reviews.Count(r => r.IsValid == true),
            reviews.Count(r => r.IsValid == false),
            reviews.Count(r => r.Timeliness == Timeliness.OutOfTime),
            reviews.Count(r => r.ForwardedToIopcOn is not null),
            completed.Count,
            completed.Where(r => r.Type is not null).GroupBy(r => r.Type!.Value)
                .ToDictionary(g => g.Key, g => (g.Count(), g.Count(r => r.Decision == ReviewDecision.Upheld))),
            completionDays.Count == 0 ? null : Math.Round(completionDays.Average(), 1),
            completed.Count(r => r.DecidedOn <= r.DueOn),
            recommendations.Count(r => r.Kind == RecommendationKind.Recommendation),
            recommendations.Count(r => r.Kind == RecommendationKind.Recommendation && r.Accepted == true),
            Count(recommendations.Where(r => r.Theme is not null).Select(r => r.Theme!)));

        return new CaseworkYear(startYear, enquiryFigures, reviewFigures, new SurgeryFigures(surgeries.Count, surgeries.Sum()));
    }

    private static Dictionary<string, int> Count(IEnumerable<string> values) =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    private static double? Median(List<int> sorted) =>
        sorted.Count == 0 ? null : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;
}
