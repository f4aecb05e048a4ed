using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Accountability;
using Oversight.Core.Performance;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability;

/// What every accountability page needs: who is signed in, whether they may change records, and field errors.
public abstract class AccountabilityPageModel(CurrentUser current) : FormPageModel
{
    public MeasureUser Me { get; private set; } = null!;

    public bool CanEdit => AccountabilityRules.CanEdit(Me.Role);

    protected async Task<MeasureUser> LoadMeAsync(CancellationToken cancellationToken) => Me = await current.GetAsync(cancellationToken);

    /// 403 for a reader who posts a change; null for someone who may make it.
    protected async Task<IActionResult?> RefuseReaderAsync(CancellationToken cancellationToken) =>
        AccountabilityRules.CanEdit((await LoadMeAsync(cancellationToken)).Role) ? null : StatusCode(StatusCodes.Status403Forbidden);
}
