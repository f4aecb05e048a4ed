using Microsoft.AspNetCore.Authorization;
using Oversight.Core.VictimsCode;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.VictimsCode;

/// The Victims' Code: its twelve rights, each body's compliance in a quarter, what the office already holds beside it
/// (commissioned services' returns, complaint-review learning), the group's reviews and the annual compliance reports.
[Authorize(Policy = Policies.Accountability)]
public sealed class IndexModel(CurrentUser current, VictimsCodeCompliance compliance) : AccountabilityPageModel(current)
{
    public IReadOnlyList<VictimsCodeRight> Rights { get; private set; } = [];

    public IReadOnlyList<string> Quarters { get; private set; } = [];

    public string? Quarter { get; private set; }

    public IReadOnlyList<ComplianceValue> Values { get; private set; } = [];

    public decimal? Overall { get; private set; }

    public ComplianceLinks? Links { get; private set; }

    public IReadOnlyList<CodeComplianceReview> Reviews { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(string? quarter, CancellationToken cancellationToken)
    {
        await LoadMeAsync(cancellationToken);
        Rights = await compliance.RightsAsync(cancellationToken);
        Quarters = await compliance.QuartersAsync(cancellationToken);
        Quarter = Quarters.FirstOrDefault(q => q == quarter) ?? (Quarters.Count > 0 ? Quarters[0] : null);
        if (Quarter is { } shown)
        {
            Values = await compliance.ValuesAsync([shown], cancellationToken);
            Overall = VictimsCodeCompliance.Overall(Values);
            Links = await compliance.LinksAsync(shown, cancellationToken);
        }

        Reviews = await compliance.ReviewsAsync(cancellationToken);
        Years = await compliance.YearsAsync(cancellationToken);
    }
}
