using System.Text.Json.Serialization;

namespace Oversight.Web.Components;

/// What a labelled single field (select, text input, textarea) shares.
public abstract class FieldOptions
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Value { get; set; }

    public LabelOptions? Label { get; set; }

    public HintOptions? Hint { get; set; }

    public ErrorMessageOptions? ErrorMessage { get; set; }

    public FormGroupOptions? FormGroup { get; set; }

    public string? DescribedBy { get; set; }

    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }

    public bool Disabled { get; set; }

    [JsonIgnore]
    public string? FieldId => string.IsNullOrEmpty(Id) ? Name : Id;

    [JsonIgnore]
    public string? FieldName => Name;
}

public class SelectItem
{
    /// Null leaves the option's value attribute out, so it posts its text.
    public string? Value { get; set; }

    public string? Text { get; set; }

    public bool? Selected { get; set; }

    public bool Disabled { get; set; }

    public Attributes? Attributes { get; set; }
}

public class SelectOptions : FieldOptions, IComponentOptions
{
    public IReadOnlyList<SelectItem?> Items { get; set; } = [];

    [JsonIgnore]
    public Type Component => typeof(Select);
}

public class AffixOptions : Content
{
    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }
}

public class InputWrapperOptions
{
    public string? Classes { get; set; }

    public Attributes? Attributes { get; set; }
}

public class InputOptions : FieldOptions, IComponentOptions
{
    public string? Type { get; set; }

    public string? Inputmode { get; set; }

    public string? Autocomplete { get; set; }

    public string? Autocapitalize { get; set; }

    public string? Pattern { get; set; }

    public bool? Spellcheck { get; set; }

    public AffixOptions? Prefix { get; set; }

    public AffixOptions? Suffix { get; set; }

    public InputWrapperOptions? InputWrapper { get; set; }

    [JsonIgnore]
    public Type Component => typeof(Input);
}

public class TextareaOptions : FieldOptions, IComponentOptions
{
    public int? Rows { get; set; }

    public string? Autocomplete { get; set; }

    public bool? Spellcheck { get; set; }

    [JsonIgnore]
    public Type Component => typeof(Textarea);
}

public class CountMessageOptions
{
    public string? Classes { get; set; }
}

/// A textarea that counts characters or words against a limit, with the messages its script shows.
public class CharacterCountOptions : TextareaOptions, IComponentOptions
{
    public int? Maxlength { get; set; }

    public int? Maxwords { get; set; }

    public int? Threshold { get; set; }

    /// "characters" or "words"; words when only Maxwords is set.
    public string? CountType { get; set; }

    public string? TextareaDescriptionText { get; set; }

    public CountMessageOptions? CountMessage { get; set; }

    public Dictionary<string, string>? CharactersUnderLimitText { get; set; }

    public string? CharactersAtLimitText { get; set; }

    public Dictionary<string, string>? CharactersOverLimitText { get; set; }

    public Dictionary<string, string>? WordsUnderLimitText { get; set; }

    public string? WordsAtLimitText { get; set; }

    public Dictionary<string, string>? WordsOverLimitText { get; set; }

    [JsonIgnore]
    public new Type Component => typeof(CharacterCount);
}
