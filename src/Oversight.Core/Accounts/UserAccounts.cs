using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain.Plan;

namespace Oversight.Core.Accounts;

public sealed record NewUser(string Email, string DisplayName, string Password, string Role, string OrganisationId);

public sealed class UserAccounts(OversightDbContext db, UserManager<User> users, Oversight.Domain.Decisions.SchemeOfDelegation scheme)
{
    /// Creates an account, refusing roles the organisation may not hold; returns the errors, empty on success.
    public async Task<IReadOnlyList<string>> CreateAsync(NewUser request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Roles.All.Contains(request.Role))
        {
            return [$"Role \"{request.Role}\" is not one of: {string.Join(", ", Roles.All)}"];
        }

        var organisation = await db.Organisations.FindAsync([request.OrganisationId], cancellationToken);
        if (organisation is null)
        {
            return [$"Organisation \"{request.OrganisationId}\" does not exist"];
        }

        var isOffice = organisation.Kind == OrganisationKind.Office;
        if (Roles.OfficeOnly.Contains(request.Role) && !isOffice)
        {
            return [$"Role {request.Role} is only for the office's own staff, not {organisation.Name}"];
        }

        if (request.Role == Roles.PartnerUser && isOffice)
        {
            return ["Role PartnerUser is for partner organisations, not the office"];
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
            return created.Errors.Select(e => e.Description).ToList();
        }

        var added = await users.AddToRoleAsync(user, request.Role);
        if (!added.Succeeded)
        {
            return added.Errors.Select(e => e.Description).ToList();
        }

        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// Gives a user the posts of the scheme of delegation they hold; only office staff may hold one.
    public async Task<string?> SetPostsAsync(string userId, IReadOnlyCollection<string> posts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var user = await db.Users.Include(u => u.Organisation).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return "There is no such user";
        }

        if (posts.FirstOrDefault(p => scheme.Posts.All(known => known.Id != p)) is { } unknown)
        {
            return $"\"{unknown}\" is not a post of the scheme of delegation";
        }

        if (posts.Count > 0 && user.Organisation!.Kind != OrganisationKind.Office)
        {
            return $"Only the office's own staff can hold a post, not {user.Organisation.Name}";
        }

        user.Posts = [.. scheme.Posts.Select(p => p.Id).Where(posts.Contains)];
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
