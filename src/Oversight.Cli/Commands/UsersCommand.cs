using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;

namespace Oversight.Cli.Commands;

public static class UsersCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "Sign-in email address", Required = true };
        var name = new Option<string>("--name") { Description = "Full name", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}", Required = true };
        var organisation = new Option<string>("--organisation") { Description = "Organisation id from the plan configuration", Required = true };
        var password = new Option<string?>("--password") { Description = "Initial password (or set OVERSIGHT_PASSWORD)" };

        var add = new Command("add", "Create an account") { email, name, role, organisation, password };
        add.SetAction(async (parsed, cancellationToken) =>
        {
            var secret = parsed.GetValue(password) ?? Environment.GetEnvironmentVariable("OVERSIGHT_PASSWORD")
                ?? throw new CliException("give --password or set OVERSIGHT_PASSWORD", CliApp.Usage);
            await using var services = CliHost.Services(parsed);
            await using var scope = services.CreateAsyncScope();
            var errors = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(
                new NewUser(parsed.GetValue(email)!, parsed.GetValue(name)!, secret, parsed.GetValue(role)!, parsed.GetValue(organisation)!),
                cancellationToken);
            if (errors.Count > 0)
            {
                throw new CliException(string.Join("; ", errors.Select(e => e.Message)));
            }

            await parsed.InvocationConfiguration.Output.WriteLineAsync($"Created {parsed.GetValue(email)} ({parsed.GetValue(role)}).");
            return CliApp.Ok;
        });

        var users = new Command("users", "Accounts");
        users.Subcommands.Add(add);
        return users;
    }
}
