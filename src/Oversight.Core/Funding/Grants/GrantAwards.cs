using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Funding.Applications;
using Oversight.Domain.Funding;

namespace Oversight.Core.Funding.Grants;

/// Turns an approved application into a grant: letter and agreement from the office's templates, the payment
/// schedule and the monitoring returns due.
public sealed class GrantAwards(OversightDbContext db)
{
    public const string LetterKind = "award-letter";
    public const string AgreementKind = "grant-agreement";

    public static readonly IReadOnlyDictionary<string, string> Defaults = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [LetterKind] = """
            Dear {organisation},

            {fund}, {round}: your application {reference}, "{project}".

            I am pleased to tell you that the Mayor has awarded you {amount}. The grant runs from {starts} to {ends}.

            Please read and accept the grant agreement. The first payment is made once you accept it.
            """,
        [AgreementKind] = """
            Grant agreement {reference} between the Mayor of West Yorkshire and {organisation}.

            1. The grant of {amount} is to deliver "{project}" between {starts} and {ends}, as set out in the application.
            2. Payments are made in instalments. Each later instalment is paid once its milestone is signed off.
            3. You will send monitoring returns by their due dates and an end-of-grant evaluation.
            4. Money not spent on the project must be returned.
            5. The Mayor publishes details of this grant as open data under the 360Giving Data Standard.
            """,
    };

    private static readonly (int Share, string? Milestone, int Months)[] Schedule =
    [
        (50, null, 0),
        (40, "Interim monitoring return accepted", 6),
        (10, "End-of-grant evaluation received", 12),
    ];

    public async Task<string> TemplateAsync(string kind, CancellationToken cancellationToken) =>
        (await db.GrantTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Kind == kind, cancellationToken))?.Body ?? Defaults[kind];

    public async Task SaveTemplateAsync(string kind, string body, CancellationToken cancellationToken)
    {
        var template = await db.GrantTemplates.SingleOrDefaultAsync(t => t.Kind == kind, cancellationToken);
        if (template is null)
        {
            db.GrantTemplates.Add(new GrantTemplate { Kind = kind, Body = body });
        }
        else
        {
            template.Body = body;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// Adds the grant to the unit of work; the caller saves it with the decision.
    public async Task<Grant> AwardAsync(FundingApplication application, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        var awardedOn = application.DecidedOn ?? throw new InvalidOperationException("An award needs a decision date");
        var starts = awardedOn.AddDays(14);
        var amount = application.AwardedAmount ?? application.Amount;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["organisation"] = application.ApplicantOrganisation!.Name,
            ["fund"] = "Mayor's Safer Communities Fund",
            ["round"] = application.Round!.Name,
            ["reference"] = application.Reference,
            ["project"] = application.ProjectTitle,
            ["amount"] = EligibilityCheck.Money(amount),
            ["starts"] = Day(starts),
            ["ends"] = Day(starts.AddMonths(12).AddDays(-1)),
        };
        var parts = TrancheRelease.Split(amount, Schedule.Select(s => s.Share).ToList());
        var grant = new Grant
        {
            ApplicationId = application.Id,
            Amount = amount,
            AwardedOn = awardedOn,
            StartsOn = starts,
            EndsOn = starts.AddMonths(12).AddDays(-1),
            AwardLetter = Fill(await TemplateAsync(LetterKind, cancellationToken), fields),
            Agreement = Fill(await TemplateAsync(AgreementKind, cancellationToken), fields),
            Tranches = Schedule.Select((s, i) => new PaymentTranche { Number = i + 1, Amount = parts[i], Milestone = s.Milestone, DueOn = starts.AddMonths(s.Months) }).ToList(),
            Returns = [new MonitoringReturn { DueOn = starts.AddMonths(6) }, new MonitoringReturn { DueOn = starts.AddMonths(12).AddDays(30) }],
        };
        db.Grants.Add(grant);
        return grant;
    }

    public static string Fill(string template, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(fields);
        return fields.Aggregate(template, (text, field) => text.Replace("{" + field.Key + "}", field.Value, StringComparison.Ordinal));
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
