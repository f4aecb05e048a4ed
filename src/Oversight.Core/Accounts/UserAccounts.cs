using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Lists;
using Oversight.Domain;
using Oversight.Domain.Plan;

namespace Oversight.Core.Accounts;

/// An account on the administrators' list, with its roles.
public sealed record UserRow(string Id, string DisplayName, string Email, string Organisation, IReadOnlyList<string> Roles);

public sealed record NewUser(string Email, string DisplayName, string Password, string Role, string OrganisationId);

public sealed class UserAccounts(OversightDbContext db, UserManager<User> users, Oversight.Domain.Decisions.SchemeOfDelegation scheme)
{
    /// Creates an account, refusing roles the organisation may not hold; returns the errors, empty on success, each
    /// naming the field of <see cref="NewUser"/> it is about (Identity's by its code).
    public async Task<IReadOnlyList<FieldError>> CreateAsync(NewUser request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Roles.All.Contains(request.Role))
        {
            return [new(nameof(NewUser.Role), $"Role \"{request.Role}\" is not one of: {string.Join(", ", Roles.All)}")];
        }

        var organisation = await db.Organisations.FindAsync([request.OrganisationId], cancellationToken);
        if (organisation is null)
        {
            return [new(nameof(NewUser.OrganisationId), $"Organisation \"{request.OrganisationId}\" does not exist")];
        }

        var isOffice = organisation.Kind == OrganisationKind.Office;
        if (Roles.OfficeOnly.Contains(request.Role) && !isOffice)
        {
            return [new(nameof(NewUser.Role), $"Role {request.Role} is only for the office's own staff, not {organisation.Name}")];
        }

        if (request.Role == Roles.PartnerUser && isOffice)
        {
            return [new(nameof(NewUser.Role), "Role PartnerUser is for partner organisations, not the office")];
        }

        var user = new User
        {
            UserName = request.Email,
            Email = request.Email,
            EmailConfirmed = true,
            DisplayName = request.DisplayName,
            OrganisationId = organisation.Id,
            LockoutEnabled = true,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return [.. created.Errors.Select(IdentityProblem)];
        }

        var added = await users.AddToRoleAsync(user, request.Role);
        if (!added.Succeeded)
        {
            return [.. added.Errors.Select(IdentityProblem)];
        }

        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    // Identity's codes say which field a problem is about: PasswordTooShort, PasswordRequiresDigit…; DuplicateEmail,
    // InvalidUserName… are about the email address, which is the user name.
    private static FieldError IdentityProblem(IdentityError error) =>
        new(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(NewUser.Password) : nameof(NewUser.Email), error.Description);

    /// Gives a user the posts of the scheme of delegation they hold; only office staff may hold one.
    public async Task<Saved> SetPostsAsync(string userId, IReadOnlyCollection<string> posts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var user = await db.Users.Include(u => u.Organisation).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Saved.Missing;
        }

        if (posts.FirstOrDefault(p => scheme.Posts.All(known => known.Id != p)) is { } unknown)
        {
            return Saved.Invalid("Posts", $"\"{unknown}\" is not a post of the scheme of delegation");
        }

        if (posts.Count > 0 && user.Organisation!.Kind != OrganisationKind.Office)
        {
            return Saved.Invalid("Posts", $"Only the office's own staff can hold a post, not {user.Organisation.Name}");
        }

        user.Posts = [.. scheme.Posts.Select(p => p.Id).Where(posts.Contains)];
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(userId);
    }

    /// The administrators' list's columns; by name unless asked otherwise.
    public static ListSorts<User> Sorts { get; } = new ListSorts<User>()
        .Add("name", u => u.DisplayName)
        .Add("email", u => u.Email)
        .Add("organisation", u => u.Organisation!.Name)
        .ThenBy(u => u.Id);

    /// One page of accounts matching the words (name, e-mail address, organisation), holding a role and belonging to
    /// an organisation when asked, sorted and paged in the database, each with its roles.
    public async Task<ListPage<UserRow>> SearchAsync(string? role, string? organisationId, ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrEmpty(role))
        {
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        if (!string.IsNullOrEmpty(organisationId))
        {
            query = query.Where(u => u.OrganisationId == organisationId);
        }

        var page = await query.Matching(request, u => u.DisplayName, u => u.Email, u => u.Organisation!.Name)
            .PageAsync(Sorts, request, rows => rows.Select(u => new { u.Id, u.DisplayName, u.Email, Organisation = u.Organisation!.Name }), cancellationToken);
        var ids = page.Rows.Select(u => u.Id).ToList();
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken)).ToLookup(r => r.UserId, r => r.Name ?? "");
        return new ListPage<UserRow>(page.Rows.Select(u => new UserRow(u.Id, u.DisplayName, u.Email ?? "", u.Organisation, roles[u.Id].Order(StringComparer.Ordinal).ToList())).ToList(),
            page.Page, page.PageCount, page.Total);
    }

    /// Every organisation, by name, for the list's filter.
    public async Task<IReadOnlyList<(string Id, string Name)>> OrganisationsAsync(CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken)).Select(o => (o.Id, o.Name)).ToList();
}
