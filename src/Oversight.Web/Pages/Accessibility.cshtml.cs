using Microsoft.AspNetCore.Authorization;
using Oversight.Domain.Plan;

namespace Oversight.Web.Pages;

[AllowAnonymous]
public sealed class AccessibilityModel(PoliceAndCrimePlan plan) : OfficeStatementModel(plan);
