// Deliberate back arrows for DependencyDirectionTests.Rules_ReportADeliberateBackArrow: each type sits in a
// namespace the rules govern and uses what that namespace may not. They live only in this test assembly.
#pragma warning disable CA1515, CA1822

namespace Oversight.Web.Api.BackArrowFixture
{
    public sealed class ApiUsingAPage
    {
        public string Page() => typeof(Pages.Reports.IndexModel).Name;
    }
}

namespace Oversight.Core.Engagement.BackArrowFixture
{
    public sealed class CapabilityUsingTheDemo
    {
        public string Loader() => typeof(Demo.DemoData).Name;
    }
}

namespace Oversight.Domain.BackArrowFixture
{
    public sealed class DomainUsingCore
    {
        public string Services() => typeof(Core.CoreServices).Name;
    }
}
