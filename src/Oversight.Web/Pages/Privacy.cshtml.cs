using Microsoft.AspNetCore.Authorization;
using Oversight.Domain.Plan;

namespace Oversight.Web.Pages;

[AllowAnonymous]
public sealed class PrivacyModel(PoliceAndCrimePlan plan) : OfficeStatementModel(plan);
