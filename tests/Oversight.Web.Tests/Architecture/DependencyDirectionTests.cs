using System.Reflection;
using Oversight.Core;
using Oversight.Domain;

namespace Oversight.Web.Tests.Architecture;

public sealed class DependencyDirectionTests
{
    public static TheoryData<string> Rules() => [.. DependencyRules.All.Select(r => r.Name)];

    private static readonly Assembly[] Shipped =
        [typeof(UkTime).Assembly, typeof(CoreServices).Assembly, typeof(WebApp).Assembly];

    [Theory]
    [MemberData(nameof(Rules))]
    public void ShippedCode_HasNoBackArrow(string name)
    {
        var rule = DependencyRules.All.Single(r => r.Name == name);
        Assert.Empty(Shipped.SelectMany(rule.Breaches));
    }

    /// The same rules, run over this test assembly, which holds one deliberate back arrow of each kind
    /// (BackArrowFixtures.cs): each is reported, so a new one in src would be too.
    [Fact]
    public void Rules_ReportADeliberateBackArrow()
    {
        var breaches = DependencyRules.All.ToDictionary(r => r.Name, r => r.Breaches(typeof(DependencyDirectionTests).Assembly));

        Assert.Equal(["Oversight.Web.Api.BackArrowFixture.ApiUsingAPage"], breaches["Shared web code never imports pages"]);
        Assert.Equal(["Oversight.Core.Engagement.BackArrowFixture.CapabilityUsingTheDemo"], breaches["No capability uses the demo"]);
        Assert.Equal(["Oversight.Domain.BackArrowFixture.DomainUsingCore"], breaches["Domain is pure"]);
    }
}
