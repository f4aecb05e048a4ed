using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Funding.Rounds;

namespace Oversight.Core.Accountability.Bodies;

/// The Community Safety Partnerships as bodies: the ASB case reviews and appeals and the Community Safety Fund name a
/// partnership by its district ("Leeds"), and each such record links to the partnership's body, "Leeds Community
/// Safety Partnership", made (private, quarterly) the first time a record names it.
public static class CommunitySafetyPartnerships
{
    public static string Name(string partnership) => $"{partnership} Community Safety Partnership";

    public static string Key(string partnership) => RoundRules.Slug(Name(partnership));

    /// The partnership's body id, adding the body to the unit of work when there is none yet; the caller saves.
    public static async Task<Guid> BodyIdAsync(OversightDbContext db, string partnership, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = Key(partnership);
        var body = db.Set<Body>().Local.FirstOrDefault(b => b.Key == key)
            ?? await db.Set<Body>().SingleOrDefaultAsync(b => b.Key == key, cancellationToken);
        if (body is null)
        {
            body = new Body
            {
                Key = key,
                Name = Name(partnership),
                Kind = BodyKind.Partnership,
                CountsAs = Name(partnership),
                Description = $"The statutory partnership of the council, police, fire, probation and health in {partnership} that tackles crime, anti-social behaviour and reoffending (Crime and Disorder Act 1998 s5–7).",
                Frequency = "Quarterly",
            };
            db.Add(body);
        }

        return body.Id;
    }
}
