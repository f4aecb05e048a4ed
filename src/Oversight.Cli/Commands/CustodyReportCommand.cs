using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Custody.Visiting;
using Oversight.Web.Api;

namespace Oversight.Cli.Commands;

/// `oversight report custody --year 2024-25 --format pdf --output PATH [--public]`: writes the Independent Custody
/// Visiting scheme's annual report, every figure computed from the submitted visit reports.
public static class CustodyReportCommand
{
    public static Command Create() =>
        CustodyDocumentCommand.Create<VisitingYear>(
            "custody",
            "Write the custody visiting scheme's annual report as HTML or PDF",
            (services, year, cancellationToken) => services.GetRequiredService<VisitingStatistics>().ForYearAsync(year, cancellationToken),
            CustodyReportApi.RenderAsync,
            (figures, version) => $"the custody visiting report for {figures.Label} ({figures.Visits:N0} visits, {version})");
}
