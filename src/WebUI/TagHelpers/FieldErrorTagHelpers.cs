using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Sched.WebUI.TagHelpers;

/// <summary>
/// Marks a form field whose value broke a rule so everybody notices: red outline (Bootstrap's
/// is-invalid), aria-invalid, the error message linked with aria-describedby, and the cursor on the
/// first such field instead of the form's usual first field.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
public sealed class InvalidFieldTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";
    private const string FocusTakenKey = "sched.invalid-field-focused";

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the built-in input tag helpers, which write the attributes this one extends.</summary>
    public override int Order => 1_000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ViewData.ModelState;
        if (modelState.ErrorCount == 0)
        {
            return;
        }

        output.Attributes.RemoveAll("autofocus");
        if (!modelState.TryGetValue(For.Name, out var entry) || entry.Errors.Count == 0)
        {
            return;
        }

        output.AddClass("is-invalid", HtmlEncoder.Default);
        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? $"{existing.Value} " : string.Empty;
        output.Attributes.SetAttribute("aria-describedby", describedBy + FieldErrorIdTagHelper.ErrorId(For.Name));
        if (!ViewContext.HttpContext.Items.ContainsKey(FocusTakenKey))
        {
            ViewContext.HttpContext.Items[FocusTakenKey] = true;
            output.Attributes.SetAttribute("autofocus", "autofocus");
        }
    }
}

/// <summary>Gives each field's error message an id, so its field can point at it.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class FieldErrorIdTagHelper : TagHelper
{
    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    public static string ErrorId(string fieldName) => $"{TagBuilder.CreateSanitizedId(fieldName, "_")}-error";

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        output.Attributes.SetAttribute("id", ErrorId(For.Name));
}
