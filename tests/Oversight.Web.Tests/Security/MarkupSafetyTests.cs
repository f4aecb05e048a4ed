using Oversight.TestCommon;

namespace Oversight.Web.Tests.Security;

/// The banned-API analyzer does not see inside Razor views, so views are checked here for text treated as markup.
public class MarkupSafetyTests
{
    public static TheoryData<string> Views()
    {
        var data = new TheoryData<string>();
        foreach (var view in Directory.EnumerateFiles(SharedData.RepositoryPath("src", "Oversight.Web", "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            data.Add(Path.GetRelativePath(SharedData.RepositoryPath(), view));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void View_NeverTreatsTextAsMarkup(string view)
    {
        var text = File.ReadAllText(SharedData.RepositoryPath(view));

        Assert.DoesNotContain("Html.Raw(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("new HtmlString(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
    }
}
