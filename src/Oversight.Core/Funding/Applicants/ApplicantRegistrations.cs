using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Core.Email;
using Oversight.Domain;
using Oversight.Domain.Plan;

namespace Oversight.Core.Funding.Applicants;

/// Self-registration: an applicant gives a name and e-mail, gets a link with a one-time token, and only then
/// chooses a password, so no account exists for an address nobody has proved they own.
public sealed class ApplicantRegistrations(OversightDbContext db, UserAccounts accounts, IEmailSender email, TimeProvider clock, PoliceAndCrimePlan plan)
{
    private static readonly TimeSpan TokenLife = TimeSpan.FromDays(2);

    public async Task<IReadOnlyList<FieldError>> RegisterAsync(string? name, string? address, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new("DisplayName", "Enter your full name"));
        }

        if (string.IsNullOrWhiteSpace(address) || !address.Contains('@', StringComparison.Ordinal) || address.Trim().Contains(' ', StringComparison.Ordinal))
        {
            errors.Add(new("Email", "Enter an email address in the correct format, like name@example.com"));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var normalised = address!.Trim().ToLowerInvariant();
        var upper = normalised.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == upper, cancellationToken))
        {
            // N.B. the same answer as for a new address, so the form does not reveal who has an account.
            email.Send(normalised, "You already have an account", "Someone tried to register with this address. You can sign in, or reset your password.");
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        db.ApplicantRegistrations.Add(new ApplicantRegistration
        {
            Email = normalised,
            DisplayName = name!.Trim(),
            TokenHash = Hash(token),
            CreatedAt = clock.GetUtcNow(),
        });
        email.Send(normalised, "Confirm your email address", $"Use this link to confirm your email address and choose a password: {email.Link($"/funding/register/confirm?token={token}")}");
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<ApplicantRegistration?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var hash = Hash(token);
        var registration = await db.ApplicantRegistrations.SingleOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
        return registration is null || registration.ConfirmedAt is not null || clock.GetUtcNow() - registration.CreatedAt > TokenLife
            ? null
            : registration;
    }

    public async Task<IReadOnlyList<FieldError>> ConfirmAsync(string? token, string? password, CancellationToken cancellationToken)
    {
        var registration = await FindAsync(token, cancellationToken);
        if (registration is null)
        {
            return [new("Token", "This link has expired or has already been used. Register again to get a new link")];
        }

        if (string.IsNullOrEmpty(password) || password.Length < 12)
        {
            return [new("Password", "Enter a password of at least 12 characters")];
        }

        var office = plan.Organisations.First(o => o.Kind == OrganisationKind.Office).Id;
        var errors = await accounts.CreateAsync(new NewUser(registration.Email, registration.DisplayName, password, Roles.Applicant, office), cancellationToken);
        if (errors.Count > 0)
        {
            return [.. errors.Select(e => e with { Field = "Password" })];
        }

        registration.ConfirmedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));
}
