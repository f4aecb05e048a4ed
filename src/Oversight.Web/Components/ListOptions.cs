using System.Text.Json.Serialization;

namespace Oversight.Web.Components;

public class ErrorSummaryItem : Content
{
    public string? Href { get; set; }

    public Attributes? Attributes { get; set; }
}

public class ErrorSummaryOptions : IComponentOptions
{
    public string? TitleText { get; set; }

    public string? TitleHtml { get; set; }

    public string? DescriptionText { get; set; }

    public string? DescriptionHtml { get; set; }

    public IReadOnlyList<ErrorSummaryItem?>? ErrorList { get; set; }

    public bool? DisableAutoFocus { get; set; }

    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }

    [JsonIgnore]
    public Type Component => typeof(ErrorSummary);
}

public class PaginationLink : Content
{
    public string? Href { get; set; }

    public string? LabelText { get; set; }

    public Attributes? Attributes { get; set; }
}

public class PaginationItem
{
    public string? Number { get; set; }

    public string? VisuallyHiddenText { get; set; }

    public string? Href { get; set; }

    public bool Current { get; set; }

    public bool Ellipsis { get; set; }

    public Attributes? Attributes { get; set; }
}

public class PaginationOptions : IComponentOptions
{
    public IReadOnlyList<PaginationItem?>? Items { get; set; }

    public PaginationLink? Previous { get; set; }

    public PaginationLink? Next { get; set; }

    public string? LandmarkLabel { get; set; }

    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }

    [JsonIgnore]
    public Type Component => typeof(Pagination);
}
