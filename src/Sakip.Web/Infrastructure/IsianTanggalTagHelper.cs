using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Sakip.Domain.Common;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Every date field of the app in the Indonesian order, whatever the browser's language: a browser's own date picker
/// shows mm/dd/yyyy in an en-US browser (issue 18). So an <c>input type="date"</c> (written so in the view: the selector
/// matches only those, so the many other inputs of a large form never pass through here) is rendered as a text field "hh/bb/tttt" with its ISO value rewritten to 17/08/2025;
/// the server reads both forms (<see cref="TanggalModelBinder"/>, <see cref="Tanggal.TryBaca"/>). A value typed back that is
/// not ISO (a refused entry shown again) is left as typed.
/// </summary>
[HtmlTargetElement("input", Attributes = "[type=date]")]
public sealed class IsianTanggalTagHelper : TagHelper
{
    /// <summary>After MVC's input tag helper (an <c>asp-for</c> beside the literal type keeps its value handling).</summary>
    public override int Order => 500;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.TryGetAttribute("type", out var type) || !string.Equals(type.Value?.ToString(), "date", StringComparison.OrdinalIgnoreCase))
            return;
        output.Attributes.SetAttribute("type", "text");
        output.Attributes.SetAttribute("inputmode", "numeric");
        output.Attributes.SetAttribute("autocomplete", "off");
        output.Attributes.SetAttribute("maxlength", "10");
        if (!output.Attributes.ContainsName("placeholder")) output.Attributes.SetAttribute("placeholder", "hh/bb/tttt");
        output.Attributes.SetAttribute("data-tanggal", "");
        if (output.Attributes.TryGetAttribute("value", out var value)
            && DateOnly.TryParseExact(value.Value?.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            output.Attributes.SetAttribute("value", Tanggal.Isian(d));
    }
}
