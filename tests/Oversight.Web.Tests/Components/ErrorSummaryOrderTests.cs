using Oversight.Web.Components;

namespace Oversight.Web.Tests.Components;

public class ErrorSummaryOrderTests
{
    [Fact]
    public void Errors_are_listed_in_the_order_their_fields_were_rendered_and_link_to_each_field()
    {
        // Arrange: the service reported the errors in another order than the page shows the fields.
        var errors = new[] { ("Ends", "Enter the end date"), ("Detainees[0].Notes", "Notes are too long"), ("", "Something else"), ("Title", "Enter a title") };
        var rendered = new[] { new ComponentHtml.RenderedField("Title", "Title"), new ComponentHtml.RenderedField("Detainees[0].Notes", "Detainees-0-Notes"), new ComponentHtml.RenderedField(null, "Ends") };

        // Act
        var items = ComponentHtml.InPageOrder(errors, rendered);

        // Assert
        Assert.Equal(["#Title", "#Detainees-0-Notes", "#Ends", "#main-content"], items.Select(i => i!.Href));
        Assert.Equal(["Enter a title", "Notes are too long", "Enter the end date", "Something else"], items.Select(i => i!.Text));
    }
}
