using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Oversight.Web.Security;

namespace Oversight.Web.Navigation;

public sealed record NavigationItem(string Title, string Path, string? Policy, string Description);

/// The service navigation, by capability. A capability appears once its pages exist, and only to people its policy admits.
public sealed class NavigationMenu(IAuthorizationService authorization)
{
    public static readonly IReadOnlyList<NavigationItem> Items =
    [
        new("Police and Crime Plan", "/plan", null, "The plan's priorities, cross-cutting themes and performance measures."),
        new("Performance", "/performance", Policies.Performance, "Every measure's latest value and Making Data Count judgement, by theme and area."),
        new("Quarterly reports", "/performance/reports", Policies.Reporting, "Judgements and commentary for each quarter, from draft to publication."),
        new("Published reports", "/reports", null, "The office's published quarterly performance reports."),
        new("Police data", "/performance/police-data", Policies.Performance, "Police open data imported from police.uk, with where each file came from."),
        new("Partnership", "/partnership", Policies.Partnership, "Charts, tables and CSV of the measures shared with your organisation, by area and month."),
        new("Measure data", "/data", Policies.MeasureData, "Measure values you may read, and uploads and entry of the values you supply."),
        new("Casework", "/casework", Policies.Casework, "Enquiries from the public, complaint reviews and the Deputy Mayor's surgeries."),
        new("Administration", "/admin", Policies.Administration, "Users, organisations, data sharing agreements and the audit trail."),
    ];

    public async Task<IReadOnlyList<NavigationItem>> ForAsync(ClaimsPrincipal user)
    {
        var visible = new List<NavigationItem>();
        foreach (var item in Items)
        {
            if (item.Policy is null || (await authorization.AuthorizeAsync(user, item.Policy)).Succeeded)
            {
                visible.Add(item);
            }
        }

        return visible;
    }
}
