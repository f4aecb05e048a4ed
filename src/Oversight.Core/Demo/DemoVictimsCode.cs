using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Data;
using Oversight.Core.Performance.Observations;
using Oversight.Core.VictimsCode;
using Oversight.Domain.Performance.Periods;

namespace Oversight.Core.Demo;

/// Two quarters of Victims' Code compliance (2024/25 Q3 and Q4) from every body, and the Victims and Witnesses group's
/// review of each with its actions. The numbers are invented but of the size a force area of 2.4 million people sees.
public static class DemoVictimsCode
{
    public const string Q3 = "2024-25 Q3";
    public const string Q4 = "2024-25 Q4";

    // Per measure: the cases counted and the share met in Q3 and Q4 (or, for a count, the two counts).
    private static readonly Dictionary<string, (int Cases, double Q3, double Q4)> Values = new()
    {
        ["vc-police-recorded-24h"] = (41_250, 94.1, 95.3),
        ["vc-police-acknowledged"] = (38_900, 88.4, 90.2),
        ["vc-police-needs-assessed"] = (38_900, 81.7, 84.0),
        ["vc-police-referred"] = (14_620, 90.6, 91.8),
        ["vc-police-interpreter"] = (1_184, 97.2, 96.8),
        ["vc-police-compensation"] = (9_870, 62.5, 68.9),
        ["vc-police-updates"] = (12_340, 71.8, 74.6),
        ["vc-police-vps-offered"] = (3_215, 76.4, 79.9),
        ["vc-police-outcome-told"] = (2_960, 85.3, 87.1),
        ["vc-police-complaints"] = (0, 23, 17),
        ["vc-cps-decision-letters"] = (642, 73.2, 77.5),
        ["vc-cps-vps-read"] = (418, 88.0, 90.4),
        ["vc-cps-expenses"] = (2_105, 92.6, 93.8),
        ["vc-courts-waiting-area"] = (2_480, 79.4, 81.2),
        ["vc-courts-special-measures"] = (536, 91.0, 92.3),
        ["vc-probation-vcs-offered"] = (388, 83.5, 86.1),
        ["vc-prisons-unwanted-contact"] = (61, 88.5, 91.8),
        ["vc-youth-justice-contacted"] = (702, 80.9, 83.6),
        ["vc-youth-justice-rj-offered"] = (702, 64.2, 69.8),
        ["vc-services-contacted"] = (6_930, 95.8, 96.4),
        ["vc-services-needs-assessed"] = (6_930, 93.1, 94.0),
        ["vc-services-complaints"] = (0, 3, 6),
    };

    /// The two quarters' returns, as if each body had uploaded its template.
    public static async Task LoadValuesAsync(OversightDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var measure in ComplianceMeasure.All)
        {
            var (cases, q3, q4) = Values[measure.Id];
            foreach (var (quarter, share, shift) in new[] { (Q3, q3, 0), (Q4, q4, 1) })
            {
                var period = ReportingPeriodParser.Parse(quarter, Domain.Plan.MeasureFrequency.Quarterly);
                // Cases move a little between quarters, as caseloads do.
                var denominator = measure.IsCount ? (double?)null : Math.Round(cases * (1 + (0.03 * shift)));
                var numerator = denominator is { } d ? Math.Round(d * share / 100) : (double?)null;
                db.Observations.Add(new Observation
                {
                    MeasureId = measure.Id,
                    Area = Observation.ForceArea,
                    Period = period.Text,
                    PeriodStart = period.Start,
                    Value = numerator is { } n ? Math.Round(n / denominator!.Value * 100, 1) : share,
                    Numerator = numerator,
                    Denominator = denominator,
                    Source = ObservationSource.PartnerUpload,
                    RecordedAt = new DateTimeOffset(period.End.AddDays(20).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
                    RecordedBy = CodeAgencies.Name(measure.Agency),
                    Notes = "Invented for the demo",
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// Each quarter's review at the group's first meeting after the quarter ended (Q4's only once that meeting is in
    /// the demo, which runs up to the day it is loaded), with its actions.
    public static async Task LoadReviewsAsync(OversightDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var meetings = await db.Meetings.Where(m => m.TypeId == Body.VictimsAndWitnesses).OrderBy(m => m.Date).ToListAsync(cancellationToken);
        (string Quarter, string Findings, (string Action, string Organisation, string Person, int DueDays, ActionStatus Status)[] Actions)[] reviews =
        [
            (Q3, "Compliance held at or above 80% for most rights. Right 5 (information about compensation) was the lowest at 62.5%: officers are not routinely giving the Criminal Injuries Compensation Scheme leaflet to victims of violent crime. Right 6 updates fell short of the five working days in more than a quarter of cases. The right to review letters from the CPS remain below target.",
                [("Add the compensation information to the victim's first contact script and the body-worn prompt card", "west-yorkshire-police", "Chief Inspector, Victim Services", 60, ActionStatus.Completed),
                 ("Report on the CPS victims' right to review letter backlog and the plan to clear it", "mayors-office", "Senior Crown Prosecutor (chair)", 45, ActionStatus.Completed),
                 ("Audit 50 cases where updates missed the Code's time limit and report the causes", "west-yorkshire-police", "Head of Witness Care", 75, ActionStatus.InProgress)]),
            (Q4, "Every body improved on Q3 except the interpreter measure, which stayed above 96%. Information about compensation rose to 68.9% after the new first-contact script. Restorative justice offers to victims of youth offending remain the lowest of the youth justice measures.",
                [("Share the youth justice services' restorative justice offer letter across the five districts", "mayors-office", "Youth Justice lead, Policing and Crime Team", 60, ActionStatus.Open),
                 ("Bring the separate waiting area survey for Bradford and Leeds Crown Courts to the next meeting", "mayors-office", "HMCTS delivery manager", 45, ActionStatus.Open)]),
        ];
        foreach (var (quarter, findings, actions) in reviews)
        {
            var period = ReportingPeriodParser.Parse(quarter, Domain.Plan.MeasureFrequency.Quarterly);
            var meeting = meetings.FirstOrDefault(m => m.Date > period.End.AddDays(14));
            if (meeting is null || await db.Set<CodeComplianceReview>().AnyAsync(r => r.Quarter == quarter, cancellationToken))
            {
                continue;
            }

            db.Add(new CodeComplianceReview
            {
                Quarter = quarter,
                QuarterStart = period.Start,
                MeetingId = meeting.Id,
                Findings = findings,
                RecordedAt = new DateTimeOffset(meeting.Date.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero),
                RecordedBy = "Ruth Sowerby",
            });
            var number = await db.MeetingActions.CountAsync(a => a.MeetingId == meeting.Id, cancellationToken);
            foreach (var (action, organisation, person, dueDays, status) in actions)
            {
                number++;
                var due = meeting.Date.AddDays(dueDays);
                db.MeetingActions.Add(new MeetingAction
                {
                    MeetingId = meeting.Id,
                    Reference = string.Create(CultureInfo.InvariantCulture, $"LVAW-{meeting.Date:yyyy-MM-dd}-{number:D2}"),
                    Description = action,
                    OwnerOrganisationId = organisation,
                    OwnerPerson = person,
                    DueDate = due,
                    Status = status,
                    CompletedOn = status == ActionStatus.Completed ? due.AddDays(-7) : null,
                    EvidenceText = status == ActionStatus.Completed ? "Reported to the group's next meeting." : null,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
