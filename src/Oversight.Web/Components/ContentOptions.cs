using System.Text.Json.Serialization;

namespace Oversight.Web.Components;

public class TagOptions : Content, IComponentOptions
{
    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }

    [JsonIgnore]
    public Type Component => typeof(Tag);
}

public class DetailsOptions : Content, IComponentOptions
{
    public string? Id { get; set; }

    public string? SummaryText { get; set; }

    public string? SummaryHtml { get; set; }

    public bool Open { get; set; }

    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }

    [JsonIgnore]
    public Type Component => typeof(Details);
}

public class NotificationBannerOptions : Content, IComponentOptions
{
    public string? TitleText { get; set; }

    public string? TitleHtml { get; set; }

    public int? TitleHeadingLevel { get; set; }

    public string? TitleId { get; set; }

    /// "success" for a green banner announced as an alert.
    public string? Type { get; set; }

    public string? Role { get; set; }

    public bool? DisableAutoFocus { get; set; }

    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }

    [JsonIgnore]
    public Type Component => typeof(NotificationBanner);
}

public class TableCell : Content
{
    /// "numeric" right-aligns the cell.
    public string? Format { get; set; }

    public string? Classes { get; set; }

    public int? Colspan { get; set; }

    public int? Rowspan { get; set; }

    public Attributes? Attributes { get; set; }
}

public class TableOptions : IComponentOptions
{
    public IReadOnlyList<IReadOnlyList<TableCell>?> Rows { get; set; } = [];

    public IReadOnlyList<TableCell>? Head { get; set; }

    public string? Caption { get; set; }

    public string? CaptionClasses { get; set; }

    public bool FirstCellIsHeader { get; set; }

    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }

    [JsonIgnore]
    public Type Component => typeof(Table);
}

public class SummaryListAction : Content
{
    public string? Href { get; set; }

    public string? VisuallyHiddenText { get; set; }

    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }
}

public class SummaryListActions
{
    public IReadOnlyList<SummaryListAction>? Items { get; set; }

    public string? Classes { get; set; }
}

public class SummaryListCell : Content
{
    public string? Classes { get; set; }
}

public class SummaryListRow
{
    public SummaryListCell? Key { get; set; }

    public SummaryListCell? Value { get; set; }

    public SummaryListActions? Actions { get; set; }

    public string? Classes { get; set; }
}

public class SummaryCardTitle : Content
{
    public int? HeadingLevel { get; set; }

    public string? Classes { get; set; }
}

public class SummaryCardOptions
{
    public SummaryCardTitle? Title { get; set; }

    public SummaryListActions? Actions { get; set; }

    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }
}

public class SummaryListOptions : IComponentOptions
{
    public IReadOnlyList<SummaryListRow?> Rows { get; set; } = [];

    public SummaryCardOptions? Card { get; set; }

    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }

    [JsonIgnore]
    public Type Component => typeof(SummaryList);
}

public class TabPanel : Content
{
    public Attributes? Attributes { get; set; }
}

public class TabItem
{
    public string? Id { get; set; }

    public string? Label { get; set; }

    public TabPanel? Panel { get; set; }

    public Attributes? Attributes { get; set; }
}

public class TabsOptions : IComponentOptions
{
    public string? Id { get; set; }

    public string? IdPrefix { get; set; }

    public string? Title { get; set; }

    public IReadOnlyList<TabItem?>? Items { get; set; }

    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }

    [JsonIgnore]
    public Type Component => typeof(Tabs);
}
