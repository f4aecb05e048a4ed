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
        new("Annual reports", "/annual-reports", Policies.Reporting, "The annual report: narrative written around figures computed from the records."),
        new("Publications", "/publications", Policies.Publications, "The custody visiting, scrutiny panel and consultation reports: prepared, approved by someone else and published."),
        new("Published reports", "/reports", null, "The office's published quarterly performance reports."),
        new("Police data", "/performance/police-data", Policies.Performance, "Police open data imported from police.uk, with where each file came from."),
        new("Partnership", "/partnership", Policies.Partnership, "Charts, tables and CSV of the measures shared with your organisation, by area and month."),
        new("Measure data", "/data", Policies.MeasureData, "Measure values you may read, and uploads and entry of the values you supply."),
        new("Governance meetings", "/accountability/meetings", Policies.Accountability, "Meetings with the force, questions to the Chief Constable, actions, the Strategic Policing Requirement and the precept."),
        new("Bodies", "/accountability/bodies", Policies.Accountability, "The boards, committees, groups and panels the office chairs or supports: members, terms of reference and meetings."),
        new("Public meetings", "/meetings", null, "Agendas, papers and approved minutes of the public bodies' meetings; subscribe to a body at /bodies."),
        new("Custody visits", "/custody-visits", Policies.CustodyVisiting, "Reports of unannounced visits to custody suites, from draft to submission."),
        new("Custody and justice", "/custody", Policies.Custody, "Custody visitors, issues and their follow-up, child remand scrutiny and Immediate Justice."),
        new("Funding", "/funding", Policies.Funding, "The Safer Communities Fund: rounds, assessment, panel decisions, grants and reports."),
        new("Decision notices", "/decisions/notices", Policies.Decisions, "Notices of significant decisions: drafted from their record, advised on, signed and published."),
        new("Decisions", "/decisions", null, "The register of significant decisions, with reasons, and the forward plan of key decisions."),
        new("Apply for funding", "/funding/apply", Policies.Applying, "Your organisation's applications to the Safer Communities Fund, awards and monitoring returns."),
        new("Consultations", "/engagement", Policies.Engagement, "Consultations and surveys: import responses, analyse them with confidence intervals, code free text and report."),
        new("Casework", "/casework", Policies.Casework, "Enquiries from the public, complaint reviews and the Deputy Mayor's surgeries."),
        new("Administration", "/admin", Policies.Administration, "Users, organisations, data sharing agreements and the audit trail."),
    ];

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
