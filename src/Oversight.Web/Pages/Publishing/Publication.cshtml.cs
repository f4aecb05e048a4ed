using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Audit;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Publishing;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Publishing;

/// One report under publication control: its preview, the review steps, publishing with confirmation, its history.
[Authorize(Policy = Policies.Publications)]
public sealed class PublicationModel(CurrentUser current, Publications publications, AuditSearch audit) : ReviewedReportPageModel<Publication>(current, audit)
{
    public bool Superseded { get; private set; }

    protected override string Route => "/publications";

    protected override ReviewedReports<Publication> Reviews => publications;

    public override bool Can(ReportAction action) => base.Can(action) && !(action == ReportAction.Correct && Superseded);

    protected override async Task LoadPreviewAsync(Publication report, CancellationToken cancellationToken) =>
        Superseded = await publications.IsSupersededAsync(report, cancellationToken);
}
