using Microsoft.EntityFrameworkCore;
using Oversight.Core.Casework;
using Oversight.Core.Casework.Enquiries;
using Oversight.Core.Casework.Reviews;
using Oversight.Core.Casework.Surgeries;
using Oversight.Core.Data;
using Oversight.Domain.Calendar;
using Oversight.Domain.Casework;

namespace Oversight.Core.Demo;

/// Four years of invented casework, 2021/22 to 2024/25. The last year matches the annual report: over 970 members
/// of the public contacted the office, 234 complaint reviews were conducted and the Deputy Mayor held 3 surgeries.
public static class DemoCasework
{
    // Financial year starting → enquiries, reviews, surgeries.
    public static readonly IReadOnlyDictionary<int, (int Enquiries, int Reviews, int Surgeries)> Years = new Dictionary<int, (int, int, int)>
    {
        [2021] = (892, 201, 2),
        [2022] = (918, 215, 3),
        [2023] = (947, 226, 3),
        [2024] = (974, 234, 3),
    };

    private static readonly string[] First = ["Alex", "Sam", "Jo", "Chris", "Pat", "Robin", "Jamie", "Morgan", "Kit", "Ash", "Rowan", "Elliot", "Frankie", "Harper", "Lee", "Nico", "Rene", "Sasha", "Toni", "Drew"];
    private static readonly string[] Last = ["Ashworth", "Brook", "Calder", "Dale", "Fenwick", "Garside", "Holroyd", "Ingham", "Kershaw", "Lumb", "Moorhouse", "Normanton", "Oddy", "Pickles", "Ramsden", "Sutcliffe", "Thwaite", "Uttley", "Whiteley", "Yeadon"];
    private static readonly (string Category, int Weight)[] Categories =
    [
        ("Reports to the police and their response", 34), ("Traffic and roads", 16), ("Violence including VAWG", 11), ("Domestic abuse", 8),
        ("Anti-social behaviour", 14), ("Complaint about the police", 10), ("Other", 7),
    ];

    private static readonly (ContactChannel Channel, int Weight)[] Channels = [(ContactChannel.Email, 55), (ContactChannel.WebForm, 22), (ContactChannel.Phone, 15), (ContactChannel.Letter, 5), (ContactChannel.InPerson, 3)];
    private static readonly (string District, int Weight)[] Districts = [("Leeds", 33), ("Bradford", 24), ("Kirklees", 18), ("Wakefield", 15), ("Calderdale", 9), ("Outside West Yorkshire", 1)];
    private static readonly string[] Themes = ["Communication with the complainant", "Timeliness of updates", "Quality of the investigation", "Recording of decisions", "Stop and search grounds", "Victim care"];

    public static async Task LoadAsync(OversightDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var random = new Random(20242025);
        foreach (var (year, (enquiries, reviews, surgeries)) in Years)
        {
            for (var i = 0; i < enquiries; i++)
            {
                db.Enquiries.Add(Enquiry(random, year, stillOpen: year == 2024 && i < 12));
            }

            for (var i = 0; i < reviews; i++)
            {
                db.ComplaintReviews.Add(Review(random, year));
            }

            for (var i = 0; i < surgeries; i++)
            {
                db.Surgeries.Add(Surgery(random, year, i, surgeries));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// Casework from 1 April 2025 up to <paramref name="today"/> at the 2024/25 rate, so the queues look like an office's
    /// on the day: the twelve enquiries 2024/25 left open answered in April, most cases closed, the newest open and on
    /// time, a few due today, a few overdue and a few not yet assigned, and a surgery with free slots coming up.
    public static async Task LoadToDateAsync(OversightDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var random = new Random(20252026);
        var from = new DateOnly(Years.Keys.Max() + 1, 4, 1);
        if (today <= from)
        {
            return;
        }

        foreach (var left in db.Enquiries.Where(e => e.Status != EnquiryStatus.Closed && e.ReceivedOn < from))
        {
            left.Status = EnquiryStatus.Closed;
            left.RespondedOn = left.ClosedOn = WorkingDays.Add(left.DueOn, 1 + random.Next(5));
            left.ClosureReason = ClosureReasons.All[0];
        }

        // Open cases are the demo casework officer's, by account, so they are in that officer's own queue.
        var officer = await db.Users.Where(u => u.Email == "casework@demo.oversight.test").Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        var days = today.DayNumber - from.DayNumber;
        var (perYear, reviewsPerYear, _) = Years[Years.Keys.Max()];
        for (var i = 0; i < perYear * days / 365; i++)
        {
            var received = Day(random, from, days + 1);
            db.Enquiries.Add(CurrentEnquiry(random, received, today, i, officer));
        }

        // Pinned cases, so every queue has entries whatever the date: due today, overdue, and new and unassigned.
        for (var i = 0; i < 3; i++)
        {
            db.Enquiries.Add(CurrentEnquiry(random, WorkingDays.Subtract(NextWorkingDay(today), 10), today, i, officer, open: true));
            db.Enquiries.Add(CurrentEnquiry(random, WorkingDays.Subtract(NextWorkingDay(today), 12 + (4 * i)), today, i, officer, open: true));
        }

        for (var i = 0; i < reviewsPerYear * days / 365; i++)
        {
            var review = Review(random, Day(random, from, days + 1));
            if (review.DecidedOn > today)
            {
                Reopen(review);
            }

            db.ComplaintReviews.Add(review);
        }

        for (var i = 0; i < 2; i++)
        {
            var review = Review(random, WorkingDays.Subtract(NextWorkingDay(today), 40 + (6 * i)));
            Reopen(review);
            db.ComplaintReviews.Add(review);
        }

        for (var on = from.AddDays(45); on < today; on = on.AddDays(120))
        {
            var surgery = Surgery(random, on);
            db.Surgeries.Add(surgery);
        }

        var next = Surgery(random, NextWorkingDay(today.AddDays(21)));
        next.Bookings.RemoveRange(2, next.Bookings.Count - 2);
        db.Surgeries.Add(next);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static DateOnly NextWorkingDay(DateOnly day) => BankHolidays.IsNonWorkingDay(day) ? WorkingDays.Add(day, 1) : day;

    /// Still with the reviewer: the decision and recommendations are not yet made.
    private static void Reopen(ComplaintReview review)
    {
        if (review.Status != ReviewStatus.Decided)
        {
            return;
        }

        review.Decision = null;
        review.DecidedOn = null;
        review.Rationale = null;
        review.Recommendations.Clear();
    }

    /// An enquiry received on the day: closed once answered, unless still within (or past) its ten working days.
    private static Enquiry CurrentEnquiry(Random random, DateOnly received, DateOnly today, int index, string? officer, bool open = false)
    {
        var enquiry = Enquiry(random, received.Year, stillOpen: false);
        enquiry.Reference = CaseReference.New("ENQ", received);
        enquiry.ReceivedOn = received;
        enquiry.DueOn = WorkingDays.Add(received, 10);
        var responded = WorkingDays.Add(received, 1 + random.Next(random.Next(10) == 0 ? 25 : 11));
        if (!open && responded < today)
        {
            enquiry.RespondedOn = enquiry.ClosedOn = responded;
            return enquiry;
        }

        enquiry.Status = WorkingDays.Between(received, today) < 2 ? EnquiryStatus.New : index % 4 == 0 ? EnquiryStatus.AwaitingForce : EnquiryStatus.InProgress;
        var unassigned = enquiry.Status == EnquiryStatus.New && index % 2 == 0;
        enquiry.AssignedToName = unassigned ? null : enquiry.AssignedToName;
        enquiry.AssignedToId = unassigned ? null : officer;
        enquiry.RespondedOn = enquiry.ClosedOn = null;
        enquiry.ClosureReason = null;
        return enquiry;
    }

    private static Enquiry Enquiry(Random random, int year, bool stillOpen)
    {
        var received = stillOpen ? Day(random, new DateOnly(year + 1, 3, 10), 20) : Day(random, new DateOnly(year, 4, 1), 365);
        var responded = WorkingDays.Add(received, 1 + random.Next(random.Next(10) == 0 ? 25 : 11));
        return new Enquiry
        {
            Reference = CaseReference.New("ENQ", received),
            ReceivedOn = received,
            Channel = Pick(random, Channels),
            Person = Person(random),
            Category = Pick(random, Categories),
            District = Pick(random, Districts),
            Summary = "Demo enquiry.",
            DueOn = WorkingDays.Add(received, 10),
            AssignedToName = "Casey Casework",
            Status = stillOpen ? EnquiryStatus.InProgress : EnquiryStatus.Closed,
            RespondedOn = stillOpen ? null : responded,
            ClosedOn = stillOpen ? null : responded,
            ClosureReason = stillOpen ? null : ClosureReasons.All[random.Next(3)],
        };
    }

    private static ComplaintReview Review(Random random, int year) => Review(random, Day(random, new DateOnly(year, 4, 1), 365));

    private static ComplaintReview Review(Random random, DateOnly received)
    {
        var outcome = received.AddDays(-(1 + random.Next(31)));
        var review = new ComplaintReview
        {
            Reference = CaseReference.New("CR", received),
            ReceivedOn = received,
            Channel = random.Next(3) == 0 ? ContactChannel.Letter : ContactChannel.Email,
            Applicant = Person(random),
            ForceReference = $"CO/{random.Next(1000, 9999)}/{received.Year % 100:D2}",
            ComplaintMadeOn = outcome.AddDays(-(30 + random.Next(200))),
            AppropriateAuthority = "West Yorkshire Police",
            OutcomeGivenOn = outcome,
            DueOn = WorkingDays.Add(received, 40),
            CouldJustifyProceedings = random.Next(16) == 0,
            RecordedUnderSchedule3 = true,
            EligibleComplainant = random.Next(20) != 0,
            NotDirectedOrIndependent = true,
            Type = random.Next(4) == 0 ? ReviewType.Investigation : ReviewType.OtherwiseThanByInvestigation,
        };
        if (review.ReviewBody.Body == ReviewBodyKind.Iopc)
        {
            review.ForwardedToIopcOn = WorkingDays.Add(received, 2);
            review.ApplicantNotifiedOfForwardingOn = review.ForwardedToIopcOn;
            return review;
        }

        if (review.IsValid != true || review.Timeliness == Timeliness.OutOfTime)
        {
            return review;
        }

        review.InformationRequestedOn = WorkingDays.Add(received, 3);
        review.InformationReceivedOn = WorkingDays.Add(received, 8 + random.Next(10));
        review.DecidedOn = WorkingDays.Add(received, 18 + random.Next(35));
        review.Decision = random.Next(100) < 18 ? ReviewDecision.Upheld : ReviewDecision.NotUpheld;
        review.ReviewerName = "Casey Casework";
        review.Rationale = "Demo rationale.";
        if (review.Decision == ReviewDecision.Upheld)
        {
            review.Recommendations.Add(new ReviewRecommendation
            {
                Kind = RecommendationKind.Recommendation,
                Text = "Reassess the complaint and write to the complainant again.",
                Theme = Themes[random.Next(3)],
                Accepted = random.Next(10) < 8,
                RespondedOn = review.DecidedOn.Value.AddDays(28),
            });
        }

        if (random.Next(5) == 0)
        {
            review.Recommendations.Add(new ReviewRecommendation { Kind = RecommendationKind.Learning, Text = "Share the learning with the team.", Theme = Themes[random.Next(Themes.Length)] });
        }

        return review;
    }

    private static Surgery Surgery(Random random, int year, int index, int count) =>
        Surgery(random, new DateOnly(year, 4, 1).AddDays(30 + (index * 330 / count)), jitter: true);

    // Draws the place before the day's jitter, in the order the 2021/22 to 2024/25 surgeries were drawn.
    private static Surgery Surgery(Random random, DateOnly on, bool jitter = false)
    {
        string[] places = ["Bradford City Hall", "Huddersfield Town Hall", "Online (Microsoft Teams)", "Wakefield One", "Halifax Central Library"];
        var place = places[random.Next(places.Length)];
        var surgery = new Surgery
        {
            On = jitter ? on.AddDays(random.Next(20)) : on,
            Place = place,
            Online = place.StartsWith("Online", StringComparison.Ordinal),
            StartsAt = new TimeOnly(10, 0),
            Slots = 8,
        };
        var booked = 4 + random.Next(5);
        for (var slot = 1; slot <= booked; slot++)
        {
            surgery.Bookings.Add(new SurgeryBooking { Slot = slot, Person = Person(random), BookedByPublic = random.Next(2) == 0, Topic = "Demo topic." });
        }

        return surgery;
    }

    private static CasePerson Person(Random random)
    {
        var first = First[random.Next(First.Length)];
        var last = Last[random.Next(Last.Length)];
        return new CasePerson { Name = $"{first} {last}", Email = $"{first}.{last}{random.Next(100)}@example.test".ToLowerInvariant() };
    }

    private static DateOnly Day(Random random, DateOnly start, int days)
    {
        var day = start.AddDays(random.Next(days));
        while (BankHolidays.IsNonWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day < start ? WorkingDays.Add(start.AddDays(-1), 1) : day;
    }

    private static T Pick<T>(Random random, (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return choices[^1].Value;
    }
}
