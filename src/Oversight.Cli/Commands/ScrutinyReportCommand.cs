using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Web.Api;

namespace Oversight.Cli.Commands;

/// `oversight report scrutiny --year 2024-25 --format pdf --output PATH [--public]`: writes the scrutiny panels'
/// annual report, every figure computed from the panels' records, remand cases and strip searches.
public static class ScrutinyReportCommand
{
    public static Command Create() =>
        CustodyDocumentCommand.Create<ScrutinyYear>(
            "scrutiny",
            "Write the scrutiny panels' annual report as HTML or PDF",
            (services, year, cancellationToken) => services.GetRequiredService<ScrutinyStatistics>().ForYearAsync(year, cancellationToken),
            CustodyReportApi.RenderAsync,
            (figures, version) => $"the scrutiny panels' report for {figures.Label} ({figures.Panels.Count} panels, {figures.Remand.Cases} remand cases, {version})");
}
