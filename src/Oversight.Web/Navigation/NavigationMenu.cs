using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Oversight.Web.Security;

namespace Oversight.Web.Navigation;

public sealed record NavigationItem(string Title, string Path, string? Policy, string Description, string Group);

/// A top link of the service navigation: a group's items a person may see. A group of one is named by its item, so
/// a visitor sees "Published reports" rather than "Reports".
public sealed record NavigationGroup(string Name, IReadOnlyList<NavigationItem> Items)
{
    public string Title => Items.Count == 1 ? Items[0].Title : Name;

    public string Path => Items[0].Path;

    public bool Holds(NavigationItem? item) => item is not null && Items.Contains(item);
}

/// The service navigation, by capability. A capability appears once its pages exist, and only to people its policy admits.
public sealed class NavigationMenu(IAuthorizationService authorization)
{
    private const string Performance = "Performance";
    private const string Reports = "Reports";
    private const string Accountability = "Accountability";
    private const string Custody = "Custody";
    private const string Funding = "Funding";

    /// Every item, grouped so the top row holds one link per group (eight for an administrator, who sees them all)
    /// and a group's own items appear under the header on its pages. A group's first item the person may see is
    /// where its top link goes.
    public static readonly IReadOnlyList<NavigationItem> Items =
    [
        new("Performance", "/performance", Policies.Performance, "Every measure's latest value and Making Data Count judgement, by theme and area.", Performance),
        new("Police and Crime Plan", "/plan", null, "The plan's priorities, cross-cutting themes and performance measures.", Performance),
        new("Partnership", "/partnership", Policies.Partnership, "Charts, tables and CSV of the measures shared with your organisation, by area and month.", Performance),
        new("Measure data", "/data", Policies.MeasureData, "Measure values you may read, and uploads and entry of the values you supply.", Performance),
        new("Police data", "/performance/police-data", Policies.Performance, "Police open data imported from police.uk, with where each file came from.", Performance),
        new("Quarterly reports", "/performance/reports", Policies.Reporting, "Judgements and commentary for each quarter, from draft to publication.", Reports),
        new("Annual reports", "/annual-reports", Policies.Reporting, "The annual report: narrative written around figures computed from the records.", Reports),
        new("Publications", "/publications", Policies.Publications, "The custody visiting, scrutiny panel and consultation reports: prepared, approved by someone else and published.", Reports),
        new("Published reports", "/reports", null, "The office's published quarterly performance reports.", Reports),
        new("Governance meetings", "/accountability/meetings", Policies.Accountability, "Meetings with the force, questions to the Chief Constable, actions, the Strategic Policing Requirement and the precept.", Accountability),
        new("Decision notices", "/decisions/notices", Policies.Decisions, "Notices of significant decisions: drafted from their record, advised on, signed and published.", Accountability),
        new("Decisions", "/decisions", null, "The register of significant decisions, with reasons, and the forward plan of key decisions.", Accountability),
        new("Bodies", "/accountability/bodies", Policies.Accountability, "The boards, committees, groups and panels the office chairs or supports: members, terms of reference and meetings.", Accountability),
        new("Victims' Code", "/accountability/victims-code", Policies.Accountability, "The Victims' Code's twelve rights, each criminal justice body's quarterly compliance, the Victims and Witnesses Group's reviews and the annual compliance report.", Accountability),
        new("Public meetings", "/meetings", null, "Agendas, papers and approved minutes of the public bodies' meetings; subscribe to a body at /bodies.", Accountability),
        new("Custody and justice", "/custody", Policies.Custody, "Custody visitors, issues and their follow-up, child remand scrutiny and Immediate Justice.", Custody),
        new("Custody visits", "/custody-visits", Policies.CustodyVisiting, "Reports of unannounced visits to custody suites, from draft to submission.", Custody),
        new("Funding", "/funding", Policies.Funding, "The Safer Communities Fund: rounds, assessment, panel decisions, grants and reports.", Funding),
        new("Apply for funding", "/funding/apply", Policies.Applying, "Your organisation's applications to the Safer Communities Fund, awards and monitoring returns.", Funding),
        new("Consultations", "/engagement", Policies.Engagement, "Consultations and surveys: import responses, analyse them with confidence intervals, code free text and report.", "Consultations"),
        new("Casework", "/casework", Policies.Casework, "Enquiries from the public, complaint reviews and the Deputy Mayor's surgeries.", "Casework"),
        new("Administration", "/admin", Policies.Administration, "Users, organisations, data sharing agreements and the audit trail.", "Administration"),
    ];

    /// The visible items by group, in the order of <see cref="Items"/>.
    public static IReadOnlyList<NavigationGroup> Groups(IEnumerable<NavigationItem> items) =>
        items.GroupBy(i => i.Group).Select(g => new NavigationGroup(g.Key, g.ToList())).ToList();

    /// The one item a page belongs to: the longest whose path is the page's or a folder above it, so a quarterly
    /// report under /performance/reports marks "Quarterly reports" and not "Performance" too.
    public static NavigationItem? Current(IEnumerable<NavigationItem> items, string path) =>
        items.Where(i => path.Equals(i.Path, StringComparison.OrdinalIgnoreCase)
                || path.StartsWith(i.Path.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase))
            .MaxBy(i => i.Path.Length);

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
