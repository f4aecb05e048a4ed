using System.Reflection;
using NetArchTest.Rules;

namespace Oversight.Web.Tests.Architecture;

/// One allowed direction: types whose namespace matches <see cref="From"/> may not use anything under the
/// namespaces in <see cref="MayNotUse"/>. docs/architecture.md lists the same rules in words.
public sealed record DependencyRule(string Name, string From, IReadOnlyList<string> MayNotUse)
{
    /// The types in <paramref name="assembly"/> that break the rule, by full name.
    public IReadOnlyList<string> Breaches(Assembly assembly)
    {
        var result = Types.InAssembly(assembly).That().ResideInNamespaceMatching(From)
            .ShouldNot().HaveDependencyOnAny([.. MayNotUse]).GetResult();
        return [.. (result.FailingTypeNames ?? []).Order(StringComparer.Ordinal)];
    }
}

public static class DependencyRules
{
    /// Arrows run down only: Cli → Web → Core → Domain; inside Web, pages use the shared web pieces (Api,
    /// Reporting, Charts, Forms, …) and never the other way; no capability in Core uses the demo.
    public static readonly IReadOnlyList<DependencyRule> All =
    [
        new("Domain is pure", @"^Oversight\.Domain(\.|$)",
            ["Oversight.Core", "Oversight.Web", "Oversight.Cli", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore"]),
        new("Core knows no host", @"^Oversight\.Core(\.|$)", ["Oversight.Web", "Oversight.Cli"]),
        new("No capability uses the demo", @"^Oversight\.Core(?!\.Demo(\.|$))(\.|$)", ["Oversight.Core.Demo"]),
        new("The web app carries no demo and no CLI", @"^Oversight\.Web(\.|$)", ["Oversight.Core.Demo", "Oversight.Cli"]),
        // The root namespace (WebServices) composes the app and may name anything; test namespaces are the tests'.
        new("Shared web code never imports pages", @"^Oversight\.Web\.(?!Pages(\.|$)|Tests(\.|$))", ["Oversight.Web.Pages"]),
    ];
}
