using Oversight.Core.Performance;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Reporting.Annual;

namespace Oversight.Core.Demo;

/// A draft 2024-25 annual report whose narrative cites figures from the other capabilities' demo records, so the
/// demo shows authored text and computed figures side by side. Loaded last, once every capability's records exist.
public sealed class DemoAnnualReport(AnnualReports reports)
{
    public const string Year = "2024-25";

    private static readonly Dictionary<string, string?> Texts = new(StringComparer.Ordinal)
    {
        ["foreword"] = "This report sets out what the office and its partners delivered in the first year of the Police and Crime Plan 2024–28. Every figure in it is computed from the office's records, and each links to the records behind it.",
        ["performance"] = "The Police and Crime Panel received a Performance Monitoring Report every quarter. In the last of the year, [[performance.measures-judged]] measures were judged by statistical process control: [[performance.special-cause-improvement]] showed special cause improvement and [[performance.special-cause-concern]] special cause concern.",
    };

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var analyst = DemoData.Accounts[1];
        var user = new MeasureUser(analyst.Email, analyst.DisplayName, analyst.Role, analyst.OrganisationId);
        var created = await reports.CreateAsync(user, Year, cancellationToken);
        var saved = await reports.SaveAsync(user, created.ReportId ?? Guid.Empty, Texts, cancellationToken);
        if (saved.Kind != ReportOutcomeKind.Done)
        {
            throw new InvalidOperationException($"Demo annual report: {string.Join("; ", saved.Errors.Select(e => e.Message))}");
        }
    }
}
