using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Web.Security;

namespace Oversight.Web.Tests.Security;

public class PolicyDeclarationTests
{
    public static TheoryData<string> PageModels()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(WebApp).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PageModels))]
    public void PageModel_DeclaresAPolicyOrIsExplicitlyPublic(string typeName)
    {
        var type = typeof(WebApp).Assembly.GetType(typeName)!;
        var policies = type.GetCustomAttributes(typeof(AuthorizeAttribute), true).Cast<AuthorizeAttribute>().Select(a => a.Policy).ToList();
        var anonymous = type.IsDefined(typeof(AllowAnonymousAttribute), true);

        Assert.True(anonymous ^ policies.Count > 0, $"{typeName} must have exactly one of [AllowAnonymous] or [Authorize(Policy = …)]");
        Assert.All(policies, p => Assert.True(p == Policies.SignedIn || Policies.RolesByPolicy.ContainsKey(p!), $"{typeName}: unknown policy {p}"));
    }
}
