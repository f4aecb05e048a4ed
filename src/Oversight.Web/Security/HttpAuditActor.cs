using System.Security.Claims;
using Oversight.Core.Audit;

namespace Oversight.Web.Security;

public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => accessor.HttpContext?.User.Identity?.Name ?? "anonymous";
}
