using Oversight.Core.Reporting.Cited;
using Oversight.Domain;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Demo;

/// The statistics the seed's annual report quotes from other bodies, entered by the demo analyst as an analyst would:
/// the value as published, the period, and the publisher's statistics page (the collection page where the exact
/// release's address is not certain).
public sealed class DemoCitedStatistics(CitedStatistics statistics, TimeProvider clock)
{
    public const string ProvenReoffending = "cited.proven-reoffending-2023";
    public const string ProvenReoffendingRegion = "cited.proven-reoffending-2023-yorkshire-humber";
    public const string ProvenReoffendingNational = "cited.proven-reoffending-2023-england-wales";
    public const string Detentions = "cited.custody-detentions-2024-25";
    public const string RassoBroughtToJustice = "cited.rasso-brought-to-justice-2024";

    private const string Moj = "Ministry of Justice";
    private const string Reoffending = "Proven reoffending statistics: July 2022 to June 2023";
    private const string ReoffendingLink = "https://www.gov.uk/government/collections/proven-reoffending-statistics";
    private const string ReoffendingPeriod = "July 2022 to June 2023";

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var user = DemoPerformance.User(DemoData.Accounts[1]);
        // Read when the report was written; never after the day the demo is loaded for.
        var today = UkTime.Today(clock);
        var read = new DateOnly(2025, 6, 2) < today ? new DateOnly(2025, 6, 2) : today;
        CitedStatisticInput[] rows =
        [
            new(ProvenReoffending, "Adults proven to reoffend within a year, West Yorkshire", 31.4m, FigureFormat.Percentage, ReoffendingPeriod, Moj, Reoffending, ReoffendingLink, read),
            new(ProvenReoffendingRegion, "Adults proven to reoffend within a year, Yorkshire and the Humber", 30.9m, FigureFormat.Percentage, ReoffendingPeriod, Moj, Reoffending, ReoffendingLink, read),
            new(ProvenReoffendingNational, "Adults proven to reoffend within a year, England and Wales", 26.5m, FigureFormat.Percentage, ReoffendingPeriod, Moj, Reoffending, ReoffendingLink, read),
            new(Detentions, "People arrested and detained in West Yorkshire Police custody", 51_576m, FigureFormat.Count, "April 2024 to March 2025", "Home Office",
                "Police powers and procedures: other PACE powers, England and Wales, year ending 31 March 2025",
                "https://www.gov.uk/government/collections/police-powers-and-procedures-england-and-wales", read),
            new(RassoBroughtToJustice, "Rise in offenders brought to justice for rape and serious sexual offences, West Yorkshire, on the same seven months of 2023", 28.2m, FigureFormat.Percentage,
                "Seven months of 2024 against the same months of 2023", "Home Office", "Crime outcomes in England and Wales statistics",
                "https://www.gov.uk/government/collections/crime-outcomes-in-england-and-wales-statistics", read),
        ];
        foreach (var row in rows)
        {
            if (await statistics.CreateAsync(user, row, cancellationToken) is { Succeeded: false } refused)
            {
                throw new InvalidOperationException($"Demo cited statistic {row.Key}: {string.Join("; ", refused.Errors.Select(e => e.Message))}");
            }
        }
    }
}
