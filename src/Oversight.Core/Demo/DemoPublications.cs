using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Publishing;
using Oversight.Domain;

namespace Oversight.Core.Demo;

/// The custody visiting scheme's report on 2023/24, the scrutiny panels' on 2024/25 and every closed consultation's
/// report, each taken through publication by the demo accounts allowed to: the custody officer or the analyst
/// submits, the Deputy Mayor approves and publishes. The custody visiting report on 2024/25 is started but waits:
/// a visit on 30 March 2025 is still a draft, so it cannot be submitted on current data.
public static class DemoPublications
{
    public const string Year = "2024-25";

    public const string PublishedVisitingYear = "2023-24";

    public static async Task LoadAsync(Publications publications, OversightDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var custody = DemoPerformance.User(DemoData.Accounts[4]);
        var analyst = DemoPerformance.User(DemoData.Accounts[1]);
        var leadership = DemoPerformance.User(DemoData.Accounts[5]);
        var today = UkTime.Today(clock);
        var consultations = await db.Consultations.AsNoTracking().Where(c => c.ClosesOn < today).OrderBy(c => c.Slug).Select(c => c.Slug).ToListAsync(cancellationToken);
        // A demo loaded as of a day within 2024/25 (DemoToDate) has no finished year to report on yet.
        var years = today > FinancialYear.End(2024)
            ? new[] { (PublicationKind.CustodyVisitingReport, PublishedVisitingYear, custody), (PublicationKind.ScrutinyPanelsReport, Year, custody) }
            : [];
        foreach (var (kind, subject, author) in years.Concat(consultations.Select(slug => (PublicationKind.ConsultationReport, slug, analyst))))
        {
            var id = DemoPerformance.Check(await publications.StartAsync(author, kind, subject, cancellationToken));
            DemoPerformance.Check(await publications.SubmitAsync(author, id, cancellationToken));
            DemoPerformance.Check(await publications.ApproveAsync(leadership, id, cancellationToken));
            DemoPerformance.Check(await publications.PublishAsync(leadership, id, cancellationToken));
        }

        DemoPerformance.Check(await publications.StartAsync(custody, PublicationKind.CustodyVisitingReport, Year, cancellationToken));
    }
}
