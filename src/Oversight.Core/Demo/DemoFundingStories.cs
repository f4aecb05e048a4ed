using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Funding.Grants;

namespace Oversight.Core.Demo;

/// Grants and case studies for the five Round 7 projects the seed tells the story of, so the annual report can place
/// each under its cross-cutting theme. Abridged from the seed's own words.
public static partial class DemoFundingStories
{
    private static readonly Dictionary<string, string> Stories = new(StringComparer.Ordinal)
    {
        ["Connecting Roma"] = "Specialised support and representation for the Roma community: a culturally appropriate safe space for Roma young people and their families, with traditional music and dance to encourage participation, and workshops alongside the police and partners.",
        ["Thrive Approach"] = "Counselling, one-to-one support, social prescribing and coaching for some of West Yorkshire's most vulnerable young people at risk of criminality, building self-esteem, wellbeing and resilience.",
        ["Empower Her Kickboxing and Protection"] = "Early intervention for women surviving domestic violence through motivational dance combat, with Kirklees Council and the police's Safe Zone initiative, creating a safe space in the local community.",
        ["StreetSafe Leeds"] = "Wrap-around support for young people at street level where other services have limited reach, changing attitudes to violence and crime before involvement begins.",
        ["Our Roots - The Voice Of Black Youth"] = "Working with the police and the council to break down barriers between the police and Black children, so that they feel supported by the police and safe.",
    };

    public static async Task AddAsync(OversightDbContext db, CancellationToken cancellationToken)
    {
        var titles = Stories.Keys.ToArray();
        var projects = await db.FundingApplications.Where(a => a.Round!.Number == 7 && titles.Contains(a.ProjectTitle))
            .OrderBy(a => a.Reference).ToListAsync(cancellationToken);
        foreach (var (project, index) in projects.Select((p, i) => (p, i)))
        {
            var start = new DateOnly(2024, 10, 1);
            var grant = new Grant
            {
                ApplicationId = project.Id,
                Amount = project.AwardedAmount ?? project.Amount,
                AwardedOn = start.AddDays(-14),
                StartsOn = start,
                EndsOn = start.AddYears(1).AddDays(-1),
                AwardLetter = $"Award letter for {project.ProjectTitle}",
                Agreement = $"Grant agreement for {project.ProjectTitle}",
            };
            grant.CaseStudies.Add(new CaseStudy { GrantId = grant.Id, Title = project.ProjectTitle, Story = Stories[project.ProjectTitle] });
            AfterAward(grant, project.PeopleExpected, index == projects.Count - 1 ? Progress.InterimOverdue : index == projects.Count - 2 ? Progress.Underspent : Progress.Complete, index % 2 == 0);
            db.Add(grant);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
