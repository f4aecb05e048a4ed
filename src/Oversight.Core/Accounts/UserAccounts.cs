using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain;
using Oversight.Domain.Plan;

namespace Oversight.Core.Accounts;

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
}
