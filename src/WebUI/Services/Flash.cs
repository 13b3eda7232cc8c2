using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Sched.WebUI.Services;

/// <summary>How a flash message looks: each maps to a Bootstrap alert colour.</summary>
public enum FlashCategory
{
    Success,
    Info,
    Warning,
    Danger,
}

/// <summary>One message for the next page the user sees.</summary>
public sealed record FlashMessage(FlashCategory Category, string Text);

/// <summary>
/// Flask's <c>flash()</c>: messages kept in TempData until the next page shows them once, in the
/// layout. The one way Sched tells a user what just happened after a redirect.
/// </summary>
public static class FlashMessages
{
    private const string Key = "sched.flash";

    public static void Flash(this ITempDataDictionary tempData, FlashCategory category, string text)
    {
        var messages = Read(tempData.Peek(Key)).Append(new FlashMessage(category, text)).ToList();
        tempData[Key] = JsonSerializer.Serialize(messages);
    }

    /// <summary>Returns the waiting messages and removes them, so each is shown once.</summary>
    public static IReadOnlyList<FlashMessage> TakeFlashes(this ITempDataDictionary tempData) => Read(tempData[Key]);

    private static IReadOnlyList<FlashMessage> Read(object? stored) =>
        stored is string json ? JsonSerializer.Deserialize<List<FlashMessage>>(json) ?? [] : [];
}
