using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Meetings;

namespace Oversight.Core.Demo;

/// The partnership bodies the annual report describes, with members and a year of meetings each; the six bodies that
/// were meeting types come from the migration and gain their members here. People are invented; the Youth Advisory
/// Group's and the Men and Boys Survivor Panel's members are never named in public.
public sealed partial class DemoAccountability
{
    private const string Team = "Policing and Crime Team";
    private const string Deputy = "Deputy Mayor for Policing and Crime";

    private sealed record DemoBody(
        string Key, string Name, BodyKind Kind, string? Parent, string Chair, string Frequency, int PerYear, bool IsPublic, string Description,
        string[] Topics, (string Name, string? Organisation, string Role, bool Publish)[] Members);

    private static readonly DemoBody[] PartnershipBodies =
    [
        new("lcjb-executive", "Local Criminal Justice Board Executive", BodyKind.Board, null, Deputy, "Quarterly", 4, true,
            "The Executive of the Local Criminal Justice Board: criminal justice agencies working together to improve the system for victims.",
            ["Criminal justice performance", "Reports of the groups", "Court recovery and backlogs"],
            [("Alison Hardcastle", "Office of the Mayor", "Chair", true), ("Martin Oduya", "Crown Prosecution Service", "Member", true),
             ("Helen Rix", "HM Courts and Tribunals Service", "Member", true), ("Gareth Llewellyn", "Probation Service", "Member", true),
             ("Assistant Chief Constable Jo Fairburn", "West Yorkshire Police", "Member", true), ("Kim Ashworth", Team, "Performance Manager", true)]),
        new("lcjb-efficiency-and-effectiveness", "Efficiency and Effectiveness Group", BodyKind.Group, "lcjb-executive",
            "Assistant Chief Constable, West Yorkshire Police", "Six times a year", 6, false,
            "System performance under the national agreements with the Crown Prosecution Service and HM Courts and Tribunals Service: file triage, advice, charging and action plan timeliness.",
            ["Police and CPS file quality", "Charging and action plan timeliness", "Court listing"],
            [("Assistant Chief Constable Jo Fairburn", "West Yorkshire Police", "Chair", true), ("Priya Mistry", "Crown Prosecution Service", "Member", true),
             ("Owen Barraclough", "HM Courts and Tribunals Service", "Member", true), ("Kim Ashworth", Team, "Secretariat", true)]),
        new(Body.VictimsAndWitnesses, "Victims and Witnesses Group", BodyKind.Group, "lcjb-executive",
            "Senior Crown Prosecutor, Crown Prosecution Service", "Six times a year", 6, false,
            "The treatment of victims, survivors and witnesses by the criminal justice system, and compliance with the Victims' Code.",
            ["Victims' Code compliance", "Special measures", "Witness care"],
            [("Martin Oduya", "Crown Prosecution Service", "Chair", true), ("Sadia Rahman", "Victim Support", "Member", true),
             ("Lewis Crowther", "West Yorkshire Police Witness Care", "Member", true), ("Dr Fiona Walsh", "Independent Sexual Violence Advisers", "Member", false),
             ("Ruth Sowerby", Team, "Policy Manager", true)]),
        new("reducing-reoffending-board", "Reducing Reoffending and Rehabilitation Partnership Board", BodyKind.Board, "lcjb-executive",
            "Head of a West Yorkshire Probation Delivery Unit", "Quarterly", 4, false,
            "Early intervention, diversion and resettlement, in line with the prison and probation reducing reoffending plan, with women in criminal justice.",
            ["Resettlement and housing", "Women in criminal justice", "Out of court pathways"],
            [("Gareth Llewellyn", "Probation Service", "Chair", true), ("Joanne Pickles", "HMP Leeds", "Deputy chair", true),
             ("Imran Qureshi", "West Yorkshire Combined Authority", "Member", true), ("Ruth Sowerby", Team, "Secretariat", true)]),
        new("cj-mental-health-forum", "Criminal Justice and Mental Health Forum", BodyKind.Forum, "lcjb-executive",
            "Independent chair, a senior leader in a West Yorkshire acute health trust", "Quarterly", 4, false,
            "Standing priorities including Right Care Right Person, liaison and diversion, and mental health in custody.",
            ["Right Care Right Person", "Liaison and diversion", "Section 136 detentions"],
            [("Dr Catherine Ings", "Leeds Teaching Hospitals NHS Trust", "Independent chair", true), ("Superintendent Riley Ashdown", "West Yorkshire Police", "Member", true),
             ("Neil Baptiste", "Mental health trust", "Member", true)]),
        new("anti-slavery-partnership", "West Yorkshire Anti-Slavery Partnership", BodyKind.Partnership, null, Team, "Quarterly", 4, false,
            "Cross-district collaboration on modern slavery and human trafficking: supporting victims and pursuing perpetrators.",
            ["Modern slavery referrals", "Victim support pathways", "Training and awareness"],
            [("Ruth Sowerby", Team, "Co-ordinator", true), ("Hope for Justice", null, "Member organisation", true),
             ("Detective Inspector Tom Haigh", "West Yorkshire Police", "Member", true), ("Local authorities' safeguarding leads", null, "Member organisation", true)]),
        new("combating-drugs-board", "West Yorkshire Combating Drugs Partnership Strategic Board", BodyKind.Board, null, Deputy, "Quarterly", 4, false,
            "District public health and police representatives tackling drug harm across West Yorkshire.",
            ["Treatment and recovery", "Naloxone pilot", "Drug checking"],
            [("Alison Hardcastle", "Office of the Mayor", "Chair", true), ("Dr Sunita Kaur", "Bradford public health", "Member", true),
             ("Paul Greenwood", "Leeds public health", "Member", true), ("Detective Superintendent Alex Carver", "West Yorkshire Police", "Member", true)]),
        new("synthetic-opioid-working-group", "Synthetic Opioid Working Group", BodyKind.Group, "combating-drugs-board", "Director of Public Health, Kirklees", "Monthly", 12, false,
            "Multi-agency response to nitazenes and other potent synthetic opioids in the local drug market.",
            ["Nitazene alerts", "Local Resilience Forum links", "Naloxone supply"],
            [("Dr Rachel Moss", "Kirklees Council", "Chair", true), ("Detective Inspector Tom Haigh", "West Yorkshire Police", "Member", true),
             ("Ali Hussain", "Drug treatment provider", "Member", true)]),
        new("soc-partnership-board", "West Yorkshire SOC Partnership Board", BodyKind.Board, null, Deputy, "Quarterly", 4, false,
            "Police and local authority partners reviewing shared work against serious and organised crime: Clear, Hold, Build.",
            ["Clear, Hold, Build", "Criminal exploitation", "Safer Communities Fund"],
            [("Alison Hardcastle", "Office of the Mayor", "Chair", true), ("Detective Chief Superintendent Nadia Khan", "West Yorkshire Police", "Member", true),
             ("Community safety leads", "Five district councils", "Member organisation", true)]),
        new("youth-advisory-group", "Mayor's Youth Advisory Group", BodyKind.Group, null, Deputy, "Ten times a year", 10, true,
            "Young people advising the Mayor on crime and community safety since 2014.",
            ["Child First", "Vision Zero", "Recruitment campaign"],
            [("Amira B.", null, "Member", false), ("Callum T.", null, "Member", false), ("Deja O.", null, "Member", false),
             ("Ethan W.", null, "Member", false), ("Farah S.", null, "Member", false), ("Grace L.", null, "Member", false)]),
        new("men-and-boys-survivor-panel", "Men and Boys Survivor Panel", BodyKind.Panel, null, Deputy, "Six times a year", 6, false,
            "Male survivors meeting the Deputy Mayor to inform local policy on domestic abuse and sexual offending.",
            ["Experience of reporting", "Support services for men and boys", "Feedback to the Victims' Commissioner"],
            [("Survivor one", null, "Member", false), ("Survivor two", null, "Member", false), ("Survivor three", null, "Member", false),
             ("Survivor four", null, "Member", false)]),
    ];

    private async Task AddBodiesAsync(CancellationToken cancellationToken)
    {
        // The six former meeting types: members the public sees on the Community Outcomes page, and the committees'.
        var existing = await db.Set<Body>().ToDictionaryAsync(b => b.Key, cancellationToken);
        void Members(string key, params (string Name, string? Organisation, string Role)[] members)
        {
            if (existing.TryGetValue(key, out var body))
            {
                // N.B. added to the context, not to the tracked body's list, where a member with its id set would be taken for an existing row.
                db.AddRange(members.Select(m => new BodyMember { BodyId = body.Id, Name = m.Name, Organisation = m.Organisation, Role = m.Role, PublishName = true, TermStart = new DateOnly(2024, 5, 9) }));
            }
        }

        Members(Body.CommunityOutcomes, ("Tracy Brabin", "Mayor of West Yorkshire", "Chair"), ("Alison Hardcastle", "Office of the Mayor", "Deputy Mayor for Policing and Crime"),
            ("Chief Constable", "West Yorkshire Police", "Attends"));
        Members(Body.AuditCommittee, ("Dr Patricia Lowe", null, "Independent chair"), ("Hamish Reid", null, "Independent member"), ("Olu Adebayo", null, "Independent member"));
        Members(Body.EthicsCommittee, ("Professor Janet Ashby", null, "Independent chair"), ("Revd Simon Hale", null, "Independent member"), ("Zara Malik", null, "Independent member"));
        foreach (var demo in PartnershipBodies.Where(d => !existing.ContainsKey(d.Key)))
        {
            var body = new Body
            {
                Key = demo.Key,
                Name = demo.Name,
                Kind = demo.Kind,
                ParentKey = demo.Parent,
                CountsAs = demo.Name,
                Description = demo.Description,
                Chair = demo.Chair,
                Secretariat = Team,
                Frequency = demo.Frequency,
                IsPublic = demo.IsPublic,
            };
            body.Members.AddRange(demo.Members.Select((m, i) => new BodyMember
            {
                BodyId = body.Id,
                Name = m.Name,
                IsOrganisation = m.Organisation is null && m.Role.StartsWith("Member organisation", StringComparison.Ordinal),
                Organisation = m.Organisation,
                Role = m.Role,
                PublishName = m.Publish,
                TermStart = new DateOnly(2023 + (i % 2), 4, 1),
                TermEnd = new DateOnly(2026 + (i % 2), 3, 31),
            }));
            db.Add(body);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// Each partnership body's meetings between the two days, spread evenly over the year by how often it meets.
    private void AddBodyMeetings(DateOnly from, DateOnly to)
    {
        foreach (var demo in PartnershipBodies)
        {
            var gap = 365.0 / demo.PerYear;
            for (var i = 0; ; i++)
            {
                var day = from.AddDays((int)(gap * i) + 10 + (demo.Key.Length % 7));
                // Meetings fall on weekdays: a Saturday or Sunday moves to the Monday.
                day = day.DayOfWeek switch { DayOfWeek.Saturday => day.AddDays(2), DayOfWeek.Sunday => day.AddDays(1), _ => day };
                if (day > to)
                {
                    break;
                }

                AddBodyMeeting(demo, day, i);
            }
        }
    }

    private void AddBodyMeeting(DemoBody demo, DateOnly date, int index)
    {
        var held = today is not { } now || date <= now;
        var meeting = new Meeting
        {
            TypeId = demo.Key,
            Title = $"{demo.Name}, {date.ToString("MMMM yyyy", Invariant)}",
            Date = date,
            Attendees = string.Join('\n', demo.Members.Where(m => m.Publish).Take(4).Select(m => $"{m.Name}, {m.Role}")),
        };
        for (var i = 0; i < demo.Topics.Length; i++)
        {
            var topic = demo.Topics[(i + index) % demo.Topics.Length];
            meeting.AgendaItems.Add(new AgendaItem { MeetingId = meeting.Id, Number = i + 1, Title = topic });
            if (i < 2)
            {
                meeting.Reports.Add(new MeetingReport
                {
                    MeetingId = meeting.Id,
                    AgendaNumber = i + 1,
                    Title = $"{topic}: update",
                    SubmittedBy = demo.Members[i % demo.Members.Length].Organisation ?? Team,
                    Url = $"{Papers}/{demo.Key}/{date:yyyy-MM-dd}/item-{i + 1}.pdf",
                });
            }
        }

        if (held)
        {
            meeting.Minutes = $"The {demo.Name} considered {string.Join(", ", meeting.AgendaItems.Select(a => a.Title)).ToLowerInvariant()}. Members agreed the updates and the actions recorded.";
            // Minutes are approved at the next meeting, a few weeks on; the public bodies publish them then.
            var approved = date.AddDays(28);
            meeting.MinutesPublishedAt = today is null || approved <= today ? new DateTimeOffset(approved.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero) : null;
            meeting.MinutesPublishedBy = meeting.MinutesPublishedAt is null ? null : Office;
        }

        // N.B. the historical agendas are not e-mailed out when the demo loads: marked sent.
        meeting.AgendaSentAt = held ? meeting.MinutesPublishedAt ?? At(date) : null;
        meeting.MinutesSentAt = meeting.MinutesPublishedAt;
        db.Add(meeting);
    }
}
