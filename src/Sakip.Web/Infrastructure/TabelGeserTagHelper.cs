using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// A table box that scrolls sideways (<c>div.table-responsive</c>, the way wide tables fit a 390 px phone) can be reached and
/// scrolled by keyboard: <c>tabindex="0"</c>, <c>role="region"</c> and a name, unless the view gave its own (axe's
/// scrollable-region-focusable rule; issue 18). One place instead of every view remembering it.
/// </summary>
[HtmlTargetElement("div", Attributes = "[class^=table-responsive]")]
public sealed class TabelGeserTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.ContainsName("tabindex")) output.Attributes.SetAttribute("tabindex", "0");
        if (!output.Attributes.ContainsName("role")) output.Attributes.SetAttribute("role", "region");
        if (!output.Attributes.ContainsName("aria-label") && !output.Attributes.ContainsName("aria-labelledby"))
            output.Attributes.SetAttribute("aria-label", "Tabel (geser ke samping bila terpotong)");
    }
}
