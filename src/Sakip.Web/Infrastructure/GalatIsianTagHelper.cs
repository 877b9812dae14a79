using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Validation next to the field for every <c>asp-for</c> input: when the field has an error the input gets Bootstrap's
/// <c>is-invalid</c>, <c>aria-invalid="true"</c> and <c>aria-describedby</c> pointing at its <c>asp-validation-for</c>
/// message, which gets the id <c>{input id}-galat</c>, so a screen reader reads the message with the field.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
[HtmlTargetElement("div", Attributes = "asp-validation-for")]
public sealed class GalatIsianTagHelper : TagHelper
{
    /// <summary>After the MVC tag helpers, which set the id and name.</summary>
    public override int Order => 1000;

    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression? ValidationFor { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var expr = For ?? ValidationFor;
        if (expr is null) return;
        var nama = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expr.Name);
        var id = TagBuilder.CreateSanitizedId(nama, "_");
        var galat = ViewContext.ViewData.ModelState.TryGetValue(nama, out var entry) && entry.Errors.Count > 0;
        if (For is null)
        {
            output.Attributes.SetAttribute("id", id + "-galat");
            return;
        }
        if (!galat || output.Attributes.ContainsName("type") && output.Attributes["type"].Value?.ToString() == "hidden") return;
        output.AddClass("is-invalid", System.Text.Encodings.Web.HtmlEncoder.Default);
        output.Attributes.SetAttribute("aria-invalid", "true");
        output.Attributes.SetAttribute("aria-describedby", id + "-galat");
    }
}
