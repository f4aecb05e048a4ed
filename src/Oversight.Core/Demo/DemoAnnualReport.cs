using Oversight.Core.Performance;
using Oversight.Core.Performance.Reports;
using Oversight.Core.Reporting.Annual;

namespace Oversight.Core.Demo;

/// A draft 2024-25 annual report with narrative for every section, written for the demo, citing figures from the other
/// capabilities' demo records and the statistics it quotes from other bodies (DemoCitedStatistics), so the demo shows
/// authored text, computed figures and cited sources side by side. Loaded last, once every capability's records exist.
public sealed class DemoAnnualReport(AnnualReports reports, DemoCitedStatistics cited)
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
        ["foreword"] = """
            This is the first annual report under the Police and Crime Plan 2024–28. It covers a year in which trust in policing was tested, in West Yorkshire and across the country, and in which money stayed tight for every public service. The plan puts serious violence at its centre, keeps the safety of women and girls running through everything the office does, and adds a new focus on men and boys drawn into exploitation and harm.

            Money taken from criminals went back into neighbourhoods: [[funding.safer-communities.amount]] from the Safer Communities Fund reached [[funding.safer-communities.projects]] community projects this year. The office also commissioned support for victims of crime with [[funding.victims.grant]] from the Ministry of Justice, delivered by [[funding.victims.organisations]] organisations.

            Holding the Chief Constable to account is the office's first duty. Through [[accountability.meetings.governance-meetings]] governance meetings, quarterly performance scrutiny and Community Outcomes Meetings held in public, the Mayor and the Deputy Mayor asked the force to explain its results and answer the questions people put to us.

            Every number in this report is worked out from the office's records, or quoted with its source from the body that published it. The annex lists each one and where it comes from.
            """,
        ["priority-keeping-people-safe"] = """
            Keeping people safe from serious harm is the plan's first priority. Under the Serious Violence Duty, councils, health, fire, probation and the force now share data through the Violence Reduction Partnership, so every partner plans from the same picture of where violence happens and whom it affects.

            In the consultation on the plan, [[engagement.plan-2024.violence-affects-area.yes]] of respondents said violence affects their area. Their answers are shaping the Serious Violence Strategy, which is being written with communities across the five districts.

            Prevention starts early: round 6 of the Safer Communities Fund put [[funding.safer-communities.round-6.theme.early-intervention-and-prevention.projects]] projects into early intervention, reaching young people before harm is done. Work on cyber crime awareness and on the Police Race Action Plan also sits under this priority.
            """,
        ["priority-safer-places-and-thriving-communities"] = """
            Safe streets and strong neighbourhoods are built with the people who live in them. Since the Safer Communities Fund began, [[funding.safer-communities.since-start.projects]] projects have shared [[funding.safer-communities.since-start.amount]], among them [[funding.safer-communities.since-start.focus.business-crime.projects]] projects against business crime worth [[funding.safer-communities.since-start.focus.business-crime.amount]].

            Safer Streets money of [[funding.safer-streets.2024-25]] this year, part of [[funding.safer-streets.total]] across the programme, paid for lighting, patrols and changes to places where people had reported anti-social behaviour or felt unsafe.

            With its partners the office launched Vision Zero, a shared commitment to end deaths and serious injuries on the region's roads by 2040.
            """,
        ["priority-responsive-and-supportive-justice-system"] = """
            The third priority is a justice system that responds quickly, treats victims well and stops people offending again. Immediate Justice referred [[justice.immediate-justice.adults]] adults and [[justice.immediate-justice.children]] children to repair, within weeks, the harm they had done in their own communities.

            Reoffending is the measure that most needs to move. In the latest published figures [[cited.proven-reoffending-2023]] of adult offenders in West Yorkshire were proven to reoffend within a year, against [[cited.proven-reoffending-2023-yorkshire-humber]] in Yorkshire and the Humber and [[cited.proven-reoffending-2023-england-wales]] in England and Wales. The Reducing Reoffending and Rehabilitation Partnership Board takes this as the baseline it will be judged against.

            [[cited.custody-detentions-2024-25]] people were held in police custody during the year. [[custody.visitors]] independent custody visitors made [[custody.visits]] unannounced visits and spoke to [[custody.spoken-to-share]] of the people available to see them, checking their rights, their welfare and their dignity.
            """,
        ["theme-safety-of-women-and-girls"] = """
            The safety of women and girls runs through every priority of the plan. The Women's Safety Unit, which the Mayor has funded until 2026, joins the force, the Combined Authority and the Violence Reduction Partnership in one team working on rape and serious sexual offences; offenders brought to justice for these offences rose by [[cited.rasso-brought-to-justice-2024]] on the same months a year before.

            Forensic marking with SmartWater protected [[accountability.outputs.victims-protected-by-smartwater]] victims of repeat abuse. [[funding.safer-communities.theme.safety-of-women-and-girls.projects]] Fund projects took up this theme, and commissioned services spent [[funding.victims.line.domestic-abuse]] on support for victims of domestic abuse and [[funding.victims.line.sexual-violence]] on support for survivors of sexual violence.
            """,
        ["theme-equity-diversity-and-inclusion"] = """
            Policing works only with the consent of every community it serves. The office watches how stop and search and the use of force fall on people of different ethnic groups, and at its governance meetings pressed the force on progress with the Police Race Action Plan.

            [[funding.safer-communities.theme.equity-diversity-and-inclusion.projects]] Fund projects worked with communities that are heard least, from Roma families to people who have newly arrived in the region.
            """,
        ["theme-reducing-vulnerability"] = """
            Some people are at far greater risk of harm than others: people in mental health crisis, people who go missing, people living with addiction. In round 7 of the Fund, [[funding.safer-communities.round-7.theme.reducing-vulnerability.projects]] projects worked with them.

            The victims' services the office commissions supported about [[funding.victims.female]] women and [[funding.victims.male]] men through [[funding.victims.kinds-of-service]] kinds of service, and [[funding.victims.voluntary-sector-share]] of that money went to voluntary organisations that know their communities.
            """,
        ["theme-children-and-young-people"] = """
            Children should be treated as children. The Child First framework, shaped by children across the region, now guides how the office and its partners deal with young people who come into contact with the justice system.

            The child custody scrutiny panel looked at [[custody.child-remand-cases]] cases of children charged and refused bail. In [[custody.child-remand-cases.accommodated-share]] of them the council found somewhere for the child to go; [[custody.child-remand-cases.kept-in-custody-share]] stayed in a police cell. The panel takes what it finds to the force and to the councils.

            Of the children surveyed, [[engagement.children-2024.safe-local-area.yes]] said they feel safe where they live but only [[engagement.children-2024.safe-online.yes]] feel safe online. In round 7 of the Fund, [[funding.safer-communities.round-7.theme.children-and-young-people.projects]] projects worked with children and young people.
            """,
        ["theme-men-and-boys"] = """
            Men and boys are a new theme in this plan: those at risk of being drawn into gangs and county lines, and those whose behaviour towards women and girls has to change. In its first year, [[funding.safer-communities.round-7.theme.men-and-boys.projects]] projects in round 7 of the Fund took the theme up.

            Victims' services supported about [[funding.victims.male]] male victims, and the office commissioned advocates for men and boys who have suffered sexual or domestic abuse.
            """,
        ["partnership"] = """
            Very little in this report is the office's work alone. The Violence Reduction Partnership, a community safety partnership in each of the five districts, the Local Criminal Justice Board and the reducing reoffending board each bring partners to one table.

            The office shares data as well as plans: an agreement gives the five councils and the Violence Reduction Partnership the force's open data and performance returns for the Serious Violence Duty, so partners work from the same figures. [[funding.victims.organisations]] organisations delivered the victims' services the office commissioned.
            """,
        ["spr"] = """
            The Strategic Policing Requirement names the national threats every force must be ready to meet with others: terrorism, serious and organised crime, public disorder, civil emergencies, national cyber incidents, child sexual abuse and violence against women and girls.

            The office checks the force's readiness for each threat through the assurance the force reports and the questions asked at its [[accountability.meetings.governance-meetings]] governance meetings a year. The force sent officers to help other forces during the national disorder of summer 2024, and the office will keep its capacity to do so under review.
            """,
        ["casework"] = "The Policing and Crime Casework team communicated with [[casework.enquiries]] members of the public and conducted [[casework.reviews]] reviews of the outcomes of complaints handled by the force. The Deputy Mayor held [[casework.surgeries]] public surgeries.",
        ["finance"] = "The Ministry of Justice grant of [[funding.victims.grant]] paid for services delivered by [[funding.victims.organisations]] organisations. Band D police precept for the coming year is [[accountability.precept.band-d]], an increase of [[accountability.precept.band-d-increase]] a year.",
        ["performance"] = "The Police and Crime Panel received a Performance Monitoring Report every quarter. In the last of the year, [[performance.measures-judged]] measures were judged by statistical process control: [[performance.special-cause-improvement]] showed special cause improvement and [[performance.special-cause-concern]] special cause concern.",
    };

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await cited.LoadAsync(cancellationToken);
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
