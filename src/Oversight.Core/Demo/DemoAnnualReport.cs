using Oversight.Core.Performance;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Reporting.Annual;

namespace Oversight.Core.Demo;

/// A draft 2024-25 annual report whose narrative cites figures from the other capabilities' demo records, so the
/// demo shows authored text and computed figures side by side. Loaded last, once every capability's records exist.
public sealed class DemoAnnualReport(AnnualReports reports)
{
    public const string Year = "2024-25";

    private static readonly Dictionary<string, string?> Texts = new(StringComparer.Ordinal)
    {
        ["headlines"] = """
            [[funding.safer-communities.amount]] taken from criminals was shared across [[funding.safer-communities.projects]] projects through the Mayor's Safer Communities Fund, impacting a minimum of [[funding.safer-communities.people]] people.

            Immediate Justice took [[justice.immediate-justice.adults]] adults and [[justice.immediate-justice.children]] children, who repaired the harm they caused in their communities.

            [[custody.visitors]] Independent Custody Visitors made [[custody.visits]] visits to custody suites and came into contact with [[custody.detainees-met]] detained people. The child custody scrutiny panel examined [[custody.child-remand-cases]] child remand cases.

            The office facilitated [[accountability.meetings.community-outcomes-meetings]] Community Outcomes Meetings, [[accountability.meetings.performance-monitoring-meetings]] Performance Monitoring Meetings and [[accountability.meetings.governance-meetings]] Governance Meetings with the force. SmartWater protected [[accountability.outputs.victims-protected-by-smartwater]] victims.
            """,
        ["spotlight"] = "In the consultation on the plan, [[engagement.plan-2024.violence-affects-area.yes]] of respondents felt violence affects their area. Asked in person, [[engagement.plan-2024.feel-safe-yes-no.yes]] said they feel safe; on the Likert scale [[engagement.plan-2024.feel-safe.very-or-quite-safe]] felt very or quite safe, and [[engagement.plan-2024.safety-night-day.yes]] feel differently by night and day. Of children, [[engagement.children-2024.safe-local-area.yes]] felt safe in their local area, [[engagement.children-2024.safe-school.yes]] at school and only [[engagement.children-2024.safe-online.yes]] online.",
        ["foreword"] = "This report sets out what the office and its partners delivered in the first year of the Police and Crime Plan 2024–28. Every figure in it is computed from the office's records, and each links to the records behind it.",
        ["casework"] = "The Policing and Crime Casework team communicated with [[casework.enquiries]] members of the public and conducted [[casework.reviews]] reviews of the outcomes of complaints handled by the force. The Deputy Mayor held [[casework.surgeries]] public surgeries.",
        ["finance"] = "The Ministry of Justice grant of [[funding.victims.grant]] paid for services delivered by [[funding.victims.organisations]] organisations. Band D police precept for the coming year is [[accountability.precept.band-d]], an increase of [[accountability.precept.band-d-increase]] a year.",
        ["performance"] = "The Police and Crime Panel received a Performance Monitoring Report every quarter. In the last of the year, [[performance.measures-judged]] measures were judged by statistical process control: [[performance.special-cause-improvement]] showed special cause improvement and [[performance.special-cause-concern]] special cause concern.",
    };

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var analyst = DemoData.Accounts[1];
        var user = new MeasureUser(analyst.Email, analyst.DisplayName, analyst.Role, analyst.OrganisationId);
        var created = await reports.CreateAsync(user, Year, cancellationToken);
        var saved = await reports.SaveAsync(user, created.ReportId ?? Guid.Empty, Texts, cancellationToken);
        if (saved.Kind != ReportOutcomeKind.Done)
        {
            throw new InvalidOperationException($"Demo annual report: {string.Join("; ", saved.Errors.Select(e => e.Message))}");
        }
    }
}
