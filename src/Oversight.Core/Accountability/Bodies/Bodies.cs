using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Funding.Rounds;
using Oversight.Core.Uploads;

namespace Oversight.Core.Accountability.Bodies;

/// The bodies the office chairs or supports, their members and terms of reference.
public sealed class Bodies(OversightDbContext db)
{
    public const int MaxNoticeClearDays = 30;

    /// Every body, by name.
    public Task<List<Body>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<Body>().AsNoTracking().OrderBy(b => b.Name).ToListAsync(cancellationToken);

    /// The bodies whose agendas, papers and minutes are published, by name.
    public Task<List<Body>> PublicAsync(CancellationToken cancellationToken) =>
        db.Set<Body>().AsNoTracking().Where(b => b.IsPublic).OrderBy(b => b.Name).ToListAsync(cancellationToken);

    /// A body with its members, by its key (for example <see cref="Body.VictimsAndWitnesses"/>).
    public Task<Body?> FindAsync(string key, CancellationToken cancellationToken) =>
        db.Set<Body>().AsNoTracking().Include(b => b.Members).SingleOrDefaultAsync(b => b.Key == key, cancellationToken);

    /// A body by its name, as the annual report and other capabilities refer to it.
    public Task<Body?> FindByNameAsync(string name, CancellationToken cancellationToken) =>
        db.Set<Body>().AsNoTracking().Include(b => b.Members).SingleOrDefaultAsync(b => b.Name == name, cancellationToken);

    /// Adds a body; its key is made from its name and never changes.
    public Task<Saved> CreateAsync(BodyDetails details, CancellationToken cancellationToken) => SaveAsync(null, details, cancellationToken);

    public Task<Saved> UpdateAsync(string key, BodyDetails details, CancellationToken cancellationToken) => SaveAsync(key, details, cancellationToken);

    private async Task<Saved> SaveAsync(string? key, BodyDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var body = key is null ? null : await db.Set<Body>().SingleOrDefaultAsync(b => b.Key == key, cancellationToken);
        if (key is not null && body is null)
        {
            return Saved.Missing;
        }

        var checks = new Checks();
        var name = checks.Required("Name", details.Name, "the body's name", Body.NameLength);
        if (details.Kind is null)
        {
            checks.Add("Kind", "Select the kind of body");
        }

        var parent = string.IsNullOrWhiteSpace(details.ParentKey) ? null : details.ParentKey.Trim();
        if (parent is not null && (parent == key || !await db.Set<Body>().AnyAsync(b => b.Key == parent, cancellationToken)))
        {
            checks.Add("ParentKey", "Select a body it reports to, or none");
        }

        var countsAs = checks.Optional("CountsAs", details.CountsAs, "the annual report heading", Body.NameLength);
        var description = checks.Optional("Description", details.Description, "the description", Body.TextLength);
        var chair = checks.Optional("Chair", details.Chair, "the chair", Body.NameLength);
        var secretariat = checks.Optional("Secretariat", details.Secretariat, "the secretariat", Body.NameLength);
        var frequency = checks.Required("Frequency", details.Frequency, "how often it meets", 100);
        if (details.NoticeClearDays is not (>= 0 and <= MaxNoticeClearDays))
        {
            checks.Add("NoticeClearDays", $"Enter the clear days' notice as a whole number from 0 to {MaxNoticeClearDays}");
        }

        if (name is not null && await db.Set<Body>().AnyAsync(b => b.Name == name && b.Key != key, cancellationToken))
        {
            checks.Add("Name", "A body with this name already exists");
        }

        var newKey = key ?? RoundRules.Slug(name);
        if (key is null && name is not null && (newKey.Length is 0 or > Body.KeyLength || await db.Set<Body>().AnyAsync(b => b.Key == newKey, cancellationToken)))
        {
            checks.Add("Name", "Enter a name that gives the body an address of its own (letters or numbers, not one in use)");
        }

        if (checks.Errors.Count > 0)
        {
            return Saved.Invalid(checks.Errors);
        }

        body ??= db.Add(new Body { Key = newKey, Name = name!, CountsAs = "" }).Entity;
        body.Name = name!;
        body.Kind = details.Kind!.Value;
        body.ParentKey = parent;
        body.CountsAs = countsAs ?? name!;
        body.Description = description ?? "";
        body.Chair = chair;
        body.Secretariat = secretariat;
        body.Frequency = frequency!;
        body.IsPublic = details.IsPublic;
        body.NoticeClearDays = details.NoticeClearDays!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(body.Id);
    }

    /// The bodies the service itself refers to by key (the six former meeting types, and the group that reviews
    /// Victims' Code compliance), which are never deleted.
    public static readonly IReadOnlySet<string> Kept = new HashSet<string>(StringComparer.Ordinal)
    {
        Body.CommunityOutcomes, Body.PerformanceScrutiny, Body.ShortGovernance, Body.QuarterlyGovernance, Body.AuditCommittee, Body.EthicsCommittee, Body.VictimsAndWitnesses,
    };

    /// Why the body may not be deleted, or null when it may: a body that has met, has subscribers, has bodies
    /// reporting to it or is named by partnership records keeps its history, and stays.
    public async Task<string?> DeleteRefusalAsync(string key, CancellationToken cancellationToken)
    {
        if (Kept.Contains(key))
        {
            return "This body cannot be deleted: the service refers to it";
        }

        var problems = new List<string>();
        if (await db.Meetings.AnyAsync(m => m.TypeId == key, cancellationToken))
        {
            problems.Add("it has meetings");
        }

        if (await db.Set<BodySubscription>().AnyAsync(s => db.Set<Body>().Any(b => b.Id == s.BodyId && b.Key == key), cancellationToken))
        {
            problems.Add("people subscribe to it");
        }

        if (await db.Set<Body>().AnyAsync(b => b.ParentKey == key, cancellationToken))
        {
            problems.Add("other bodies report to it");
        }

        var id = await db.Set<Body>().Where(b => b.Key == key).Select(b => b.Id).SingleAsync(cancellationToken);
        if (await db.AsbCaseReviews.AnyAsync(r => r.PartnershipBodyId == id, cancellationToken) || await db.AsbAppeals.AnyAsync(a => a.PartnershipBodyId == id, cancellationToken)
            || await db.CsfAllocations.AnyAsync(a => a.PartnershipBodyId == id, cancellationToken))
        {
            problems.Add("ASB case reviews or Community Safety Fund allocations name it");
        }

        return problems.Count == 0 ? null : $"This body cannot be deleted because {string.Join(" and ", problems)}";
    }

    /// Deletes a body that has never met, with its members and terms of reference; the audit trail keeps what it was.
    public async Task<Saved> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (await db.Set<Body>().Include(b => b.Members).SingleOrDefaultAsync(b => b.Key == key, cancellationToken) is not { } body)
        {
            return Saved.Missing;
        }

        if (await DeleteRefusalAsync(key, cancellationToken) is { } refusal)
        {
            return Saved.Invalid("Body", refusal);
        }

        db.Remove(body);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(body.Id);
    }

    public async Task<Saved> AddMemberAsync(string key, MemberDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (await db.Set<Body>().SingleOrDefaultAsync(b => b.Key == key, cancellationToken) is not { } body)
        {
            return Saved.Missing;
        }

        var checks = new Checks();
        var name = checks.Required("MemberName", details.Name, details.IsOrganisation ? "the organisation's name" : "the member's name", Body.NameLength);
        var organisation = details.IsOrganisation ? null : checks.Optional("MemberOrganisation", details.Organisation, "the organisation", Body.NameLength);
        var role = checks.Required("MemberRole", details.Role, "the member's role", Body.NameLength);
        if (details.TermStart is { } start && details.TermEnd is { } end && end < start)
        {
            checks.Add("TermEnd", "The end of the term must be on or after its start");
        }

        if (checks.Errors.Count > 0)
        {
            return Saved.Invalid(checks.Errors);
        }

        var member = new BodyMember
        {
            BodyId = body.Id,
            Name = name!,
            IsOrganisation = details.IsOrganisation,
            Organisation = organisation,
            Role = role!,
            TermStart = details.TermStart,
            TermEnd = details.TermEnd,
            PublishName = details.PublishName,
        };
        db.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(member.Id);
    }

    public async Task<Saved> RemoveMemberAsync(string key, Guid memberId, CancellationToken cancellationToken)
    {
        var member = await db.Set<BodyMember>().SingleOrDefaultAsync(
            m => m.Id == memberId && db.Set<Body>().Any(b => b.Id == m.BodyId && b.Key == key), cancellationToken);
        if (member is null)
        {
            return Saved.Missing;
        }

        db.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(memberId);
    }

    /// Replaces the body's terms of reference with an uploaded document, checked as meeting papers are.
    public async Task<Saved> SaveTermsOfReferenceAsync(string key, string? fileName, byte[]? content, CancellationToken cancellationToken)
    {
        if (await db.Set<Body>().SingleOrDefaultAsync(b => b.Key == key, cancellationToken) is not { } body)
        {
            return Saved.Missing;
        }

        if (content is not { Length: > 0 })
        {
            return Saved.Invalid("TermsFile", "Choose the terms of reference to upload");
        }

        if (FileCheck.Problem(UploadRules.MeetingPaper, UploadedFile.From(fileName, content)) is { } problem)
        {
            return Saved.Invalid("TermsFile", problem);
        }

        var name = FileNames.Display(fileName);
        body.TermsOfReferenceFileName = name.Length > 260 ? name[^260..] : name;
        body.TermsOfReferenceContentType = FileCheck.ContentType(body.TermsOfReferenceFileName);
        body.TermsOfReference = content;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(body.Id);
    }
}
