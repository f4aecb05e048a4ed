using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Casework.Reviews;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Reviews;

[Authorize(Policy = Policies.Casework)]
public sealed class IndexModel(ComplaintReviews reviews) : FormPageModel
{
    public IReadOnlyList<ComplaintReview> Reviews { get; private set; } = [];

    public DateOnly Today => reviews.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Reviews = await reviews.ListAsync(cancellationToken);
}
