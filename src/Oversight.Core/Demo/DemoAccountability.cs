using System.Globalization;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Accountability.Outputs;
using Oversight.Core.Accountability.Precept;
using Oversight.Core.Accountability.Spr;
using Oversight.Core.Data;
using Oversight.Domain.Performance.Periods;

namespace Oversight.Core.Demo;

/// Governance meetings 2021/22 to 2024/25 (each year 4 Community Outcomes, 4 Performance Scrutiny and 12 Governance
/// Meetings, plus the audit committee, and from 27 November 2024 the ethics committee), with agendas, the force's
/// reports, questions, actions (a few still open and overdue), SPR assurance updates, the 2024/25 and 2025/26
/// precept and the programme outputs the annual report cites. People are invented and named by role.
public sealed partial class DemoAccountability(OversightDbContext db)
{
    public const string Papers = "https://papers.demo.oversight.test";
    private const string Office = "Policy Officer Jordan Pike";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] Attendees =
        ["Deputy Mayor for Policing and Crime", "Chief Constable", "Deputy Chief Constable", "Head of Policing and Crime", "Chief Finance Officer"];

    private static readonly string[] Owners =
        ["Superintendent Riley Ashdown", "Chief Inspector Sam Thorne", "Detective Superintendent Alex Carver", "Assistant Chief Constable Jo Fairburn", "Head of Performance Kit Marsh"];

    private static readonly string[] Themes =
    [
        "Safety of women and girls", "Neighbourhood policing and anti-social behaviour", "Serious violence and knife crime",
        "Hate crime", "Road safety and Vision Zero", "Victims' experience of the justice system", "Stop and search",
        "Fraud and cyber crime", "Modern slavery and exploitation", "Drugs and county lines", "Missing people", "Race Action Plan",
    ];

    private readonly Random random = new(2025);

    // Set while the meetings after 2024/25 are added: none later than five weeks ahead, and only past ones minuted.
    private DateOnly? today;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        for (var year = 2021; year <= 2024; year++)
        {
            AddYear(year);
        }

        await AddBodiesAsync(cancellationToken);
        AddBodyMeetings(new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31));
        await db.SaveChangesAsync(cancellationToken);
        AddPrecept();
        AddOutputs();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// The meetings from 1 April 2025 up to five weeks after <paramref name="day"/>: those held have minutes and
    /// actions (the recent ones still open), those to come have their agenda and papers.
    public async Task LoadToDateAsync(DateOnly day, CancellationToken cancellationToken)
    {
        today = day;
        for (var year = 2025; new DateOnly(year, 4, 1) <= day; year++)
        {
            AddYear(year);
        }

        AddBodyMeetings(new DateOnly(2025, 4, 1), day.AddDays(35));

        await db.SaveChangesAsync(cancellationToken);
        today = null;
    }

    private void AddYear(int year)
    {
        var months = new[] { 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3 };
        DateOnly Day(int month, int day) => new(month >= 4 ? year : year + 1, month, day);
        var comDates = year == 2024
            ? new[] { Day(7, 16), Day(11, 19), Day(1, 21), Day(3, 18) }
            : new[] { Day(6, 22), Day(9, 21), Day(12, 7), Day(3, 15) };
        for (var i = 0; i < 4; i++)
        {
            var theme = year == 2024
                ? new[] { "Safety of women and girls", "The serious disorder in Harehills", "Child safeguarding and child sexual exploitation", "Neighbourhood policing and anti-social behaviour" }[i]
                : Themes[((year - 2021) * 4 + i) % Themes.Length];
            AddMeeting(Body.CommunityOutcomes, $"Community Outcomes Meeting: {theme}", theme, comDates[i]);
            AddMeeting(Body.PerformanceScrutiny, $"Performance Scrutiny Meeting, {Quarter(year, i)}", null, Day(months[(3 * i) + 1], 9 + i));
        }

        // Twelve governance meetings: a quarterly one each quarter and eight short ones between.
        for (var m = 0; m < 12; m++)
        {
            var quarterly = m % 3 == 2;
            AddMeeting(quarterly ? Body.QuarterlyGovernance : Body.ShortGovernance,
                quarterly ? $"Quarterly Governance Meeting, {Quarter(year, m / 3)}" : $"Short Governance Meeting, {new DateOnly(2000, months[m], 1).ToString("MMMM", Invariant)}",
                null, Day(months[m], 3 + (m % 4)));
        }

        for (var q = 0; q < 4; q++)
        {
            var name = year < 2024 ? "Joint Independent Audit and Ethics Committee" : "Joint Independent Audit Committee";
            AddMeeting(Body.AuditCommittee, $"{name}, {Quarter(year, q)}", null, Day(months[(3 * q) + 2], 24));
        }

        if (year == 2024)
        {
            AddMeeting(Body.EthicsCommittee, "Joint Independent Ethics Committee: personal identity and impartiality", null, new DateOnly(2024, 11, 27));
            AddMeeting(Body.EthicsCommittee, "Joint Independent Ethics Committee: facial recognition technology", null, new DateOnly(2025, 2, 26));
        }
    }

    private static string Quarter(int year, int index) => ReportingPeriod.Quarter(year, index + 1).Text;

    private void AddMeeting(string typeId, string title, string? theme, DateOnly date)
    {
        if (today is { } day && date > day.AddDays(35))
        {
            return;
        }

        var held = today is not { } now || date <= now;
        var meeting = new Meeting
        {
            TypeId = typeId,
            Title = title,
            Theme = theme,
            Date = date,
            Attendees = string.Join('\n', Attendees.Take(typeId is Body.AuditCommittee or Body.EthicsCommittee ? 2 : 3 + random.Next(3))),
            RecordingUrl = typeId == Body.CommunityOutcomes ? $"{Papers}/recordings/{date:yyyy-MM-dd}" : null,
        };
        var topics = Topics(typeId, theme);
        for (var i = 0; i < topics.Count; i++)
        {
            meeting.AgendaItems.Add(new AgendaItem { MeetingId = meeting.Id, Number = i + 1, Title = topics[i] });
            meeting.Reports.Add(new MeetingReport
            {
                MeetingId = meeting.Id,
                AgendaNumber = i + 1,
                Title = $"{topics[i]}: report of the Chief Constable",
                SubmittedBy = "West Yorkshire Police",
                Url = $"{Papers}/{date:yyyy-MM-dd}/item-{i + 1}.pdf",
            });
        }

        if (typeId is Body.CommunityOutcomes or Body.PerformanceScrutiny)
        {
            for (var i = 0; i < 1 + random.Next(3); i++)
            {
                meeting.Questions.Add(new MeetingQuestion
                {
                    MeetingId = meeting.Id,
                    AgendaNumber = 1,
                    AskedBy = "Deputy Mayor for Policing and Crime",
                    Question = $"What has changed for the public since the last report on {topics[0].ToLowerInvariant()}, and how do you know?",
                    Answer = "The Chief Constable set out the force's progress and the measures it watches, and agreed to report back.",
                    AnsweredBy = "Chief Constable",
                });
            }
        }

        if (!held)
        {
            db.Add(meeting);
            return;
        }

        meeting.Minutes = $"The meeting considered {string.Join(", ", topics).ToLowerInvariant()}. The Deputy Mayor questioned the Chief Constable on each report; the answers are recorded below.";
        // The office publishes the minutes of its public meetings about three weeks after each.
        meeting.MinutesPublishedAt = typeId == Body.CommunityOutcomes && (today is null || date.AddDays(21) <= today) ? new DateTimeOffset(date.AddDays(21).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero) : null;
        meeting.MinutesPublishedBy = meeting.MinutesPublishedAt is null ? null : Office;
        db.Add(meeting);
        AddActions(meeting);
        AddSprUpdate(meeting);
    }

    private static List<string> Topics(string typeId, string? theme) => typeId switch
    {
        Body.CommunityOutcomes => [theme!, "Strategic Policing Requirement update", "Questions from the public"],
        Body.PerformanceScrutiny => ["Performance against the Police and Crime Plan measures", "Exceptions and special causes"],
        Body.QuarterlyGovernance => ["Finance and resources", "Professional standards", "Regional Organised Crime Unit update"],
        Body.AuditCommittee => ["Internal audit progress", "Risk management", "Budget monitoring"],
        Body.EthicsCommittee => [theme ?? "Ethical question for the quarter", "Learning shared with the force"],
        _ => ["Emerging issues in local policing"],
    };

    private void AddActions(Meeting meeting)
    {
        if (meeting.TypeId is Body.AuditCommittee or Body.EthicsCommittee)
        {
            return;
        }

        var count = random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var due = meeting.Date.AddDays(28 * (1 + random.Next(3)));
            // Most actions are done; a few from the last quarter of 2024/25 are still open, so the overdue list has entries.
            var open = i == 0 && (today is { } day ? due >= day.AddDays(-30) : meeting.Date >= new DateOnly(2025, 1, 1));
            var action = new MeetingAction
            {
                MeetingId = meeting.Id,
                Reference = string.Create(Invariant, $"{string.Concat(meeting.TypeId.Split('-').Select(w => char.ToUpperInvariant(w[0])))}-{meeting.Date:yyyyMMdd}-{i + 1:D2}"),
                Description = $"Report back on {meeting.AgendaItems[0].Title.ToLowerInvariant()}: what has been done and the effect on the measures",
                OwnerOrganisationId = "west-yorkshire-police",
                OwnerPerson = Owners[random.Next(Owners.Length)],
                DueDate = due,
                Status = open ? (random.Next(2) == 0 ? ActionStatus.Open : ActionStatus.InProgress) : ActionStatus.Completed,
                PriorityId = meeting.TypeId == Body.CommunityOutcomes ? "safer-places-and-thriving-communities" : "keeping-people-safe",
                MeasureId = meeting.TypeId == Body.PerformanceScrutiny ? "homicide" : null,
                EvidenceText = open ? null : "Report received and considered at the next meeting.",
                EvidenceUrl = open ? null : $"{Papers}/{due:yyyy-MM-dd}/action-response.pdf",
                CompletedOn = open ? null : due.AddDays(-random.Next(14)),
            };
            action.Updates.Add(new ActionUpdate
            {
                ActionId = action.Id,
                At = At(meeting.Date.AddDays(14)),
                By = Office,
                Text = "Owner confirmed and work started.",
                Status = ActionStatus.InProgress,
            });
            if (!open)
            {
                action.Updates.Add(new ActionUpdate
                {
                    ActionId = action.Id,
                    At = At(action.CompletedOn!.Value),
                    By = Office,
                    Text = "Response received; action closed.",
                    Status = ActionStatus.Completed,
                });
            }

            db.Add(action);
        }
    }

    private void AddSprUpdate(Meeting meeting)
    {
        // Each Performance Scrutiny Meeting hears the force's assurance on the threats in turn.
        if (meeting.TypeId != Body.PerformanceScrutiny)
        {
            return;
        }

        foreach (var threat in SprThreat.All.Where((_, i) => i % 2 == meeting.Date.Month % 2))
        {
            db.Add(new SprUpdate
            {
                ThreatId = threat.Id,
                Date = meeting.Date,
                Assurance = random.Next(5) == 0 ? AssuranceLevel.Limited : random.Next(2) == 0 ? AssuranceLevel.Substantial : AssuranceLevel.Reasonable,
                Summary = $"The force reported its capability and capacity against the national {threat.Name.ToLowerInvariant()} threat, its collaboration with regional partners and the risks it is managing.",
                Author = Office,
                MeetingId = meeting.Id,
            });
        }
    }

    /// 2024/25 and 2025/26 on one tax base: Band D £236.28 and £249.28 (+5.5%), as the annual report publishes them.
    private void AddPrecept()
    {
        var districts = new (string Name, decimal BandD)[]
        {
            ("Bradford", 140_312.55m), ("Calderdale", 61_874.20m), ("Kirklees", 127_905.68m), ("Leeds", 262_118.43m), ("Wakefield", 134_241.51m),
        };
        foreach (var (year, requirement) in new[] { ("2024-25", 171_647_836.82m), ("2025-26", 181_091_289.77m) })
        {
            var record = new PreceptRecord { Year = year, Requirement = requirement, RecordedBy = "Chief Finance Officer Lee Harrow", RecordedAt = At(year == "2024-25" ? new(2024, 2, 9) : new(2025, 2, 7)) };
            record.TaxBases.AddRange(districts.Select(d => new TaxBase { PreceptRecordId = record.Id, District = d.Name, BandDEquivalents = d.BandD }));
            db.Add(record);
        }
    }

    private void AddOutputs()
    {
        Output("Victims protected by SmartWater", "Women's Safety Unit", "Victims given SmartWater forensic marking kits in investigations.",
            ("2023-24", 287m, "Invented for the demo"), ("2024-25", 416m, "Over the last 12 months, as reported in the annual report 2024/25"));
        Output("Reclaim the Night attendance", "Safety of Women and Girls Strategy", "People who joined the Reclaim the Night walk.",
            ("2024-25", 300m, "Over 300 people joined the walk in Greenhead Park, Huddersfield, October 2024"));
        Output("#JustDon't campaign video views", "Safety of Women and Girls Strategy", "Views across all social media platforms since the campaign launched in September 2023.",
            ("2023-24", 5_200_000m, "Invented for the demo"), ("2024-25", 8_000_000m, "Over 8 million views since September 2023"));
        Output("Community Leaders trained", "Violence Reduction Partnership", "Community leaders who completed the ILM-recognised Community Leader Programme.",
            ("2024-25", 48m, "Invented for the demo: the annual report says only \"a number\""));
        Output("Special Grant non-recent CSEA convictions", "Home Office Special Grant", "Suspects convicted through non-recent child sexual exploitation and abuse operations, 2015 to April 2025.",
            ("2024-25", 210m, "Over 210 suspects convicted between 2015 and April 2025"));
    }

    private void Output(string name, string programme, string description, params (string Period, decimal Value, string Note)[] values)
    {
        var output = new ProgrammeOutput { Key = ProgrammeOutputs.KeyOf(name), Name = name, Programme = programme, Description = description };
        foreach (var (period, value, note) in values)
        {
            output.Values.Add(new OutputValue
            {
                OutputId = output.Id,
                Period = period,
                Value = value,
                Note = note,
                EvidenceUrl = $"{Papers}/evidence/{output.Key}-{period}.pdf",
                ConfirmedBy = Office,
                ConfirmedAt = At(new DateOnly(int.Parse(period[..4], Invariant) + 1, 4, 30)),
            });
        }

        db.Add(output);
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
}
