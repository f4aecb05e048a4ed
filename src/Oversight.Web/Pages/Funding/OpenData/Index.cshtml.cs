using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Funding.OpenData;
using Oversight.Core.Funding.Reporting;

namespace Oversight.Web.Pages.Funding.OpenData;

/// Public: anyone may download the fund's awarded grants as 360Giving open data.
[AllowAnonymous]
[Oversight.Web.Publishing.Published]
public sealed class IndexModel(FundingStatistics statistics) : FormPageModel
{
    public IReadOnlyList<FundingTotal> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Years = (await statistics.ReportAsync(null, cancellationToken)).ByYear;

    public static IReadOnlyList<OpenDataFormat> Formats { get; } = Enum.GetValues<OpenDataFormat>();
}
