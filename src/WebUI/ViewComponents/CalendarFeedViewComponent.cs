using Microsoft.AspNetCore.Http.Extensions;
using Sched.Application.CalendarFeeds.Common;
using Sched.Application.CalendarFeeds.Queries.GetCalendarFeedStatus;

namespace Sched.WebUI.ViewComponents;

/// <summary>
/// The calendar feed section of the account page. A component of its own, so the section shows its
/// state also when the profile form beside it comes back with errors. Like a controller, it only
/// sends a query and picks its view.
/// </summary>
public sealed class CalendarFeedViewComponent(IMediator mediator, CalendarFeedWindow window) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var status = await mediator.Send(new GetCalendarFeedStatusQuery(), HttpContext.RequestAborted);
        var newUrl = TempData.TakeNewFeedToken() is { } token
            ? UriHelper.BuildAbsolute(Request.Scheme, Request.Host, Request.PathBase, CalendarFeedPanel.FeedPath(token))
            : null;
        return View(new CalendarFeedPanel(status, newUrl, window));
    }
}
