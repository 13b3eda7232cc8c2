namespace Sched.Application.CalendarFeeds.Common;

/// <summary>
/// How far a calendar feed reaches: appointments that touch the days from <see cref="PastDays"/> ago to
/// <see cref="FutureDays"/> ahead (<c>Sched:Calendar:FeedPastDays</c>, <c>Sched:Calendar:FeedFutureDays</c>).
/// Subscribing clients read the whole feed at every poll, so it is bounded; the export is not.
/// </summary>
public sealed record CalendarFeedWindow
{
    public const string PastDaysKey = "Sched:Calendar:FeedPastDays";

    public const string FutureDaysKey = "Sched:Calendar:FeedFutureDays";

    public static readonly CalendarFeedWindow Default = new(90, 730);

    /// <summary>About 27 years: beyond that the instants could leave DateTime's range around any "now".</summary>
    private const int MaxDays = 10_000;

    private CalendarFeedWindow(int pastDays, int futureDays)
    {
        PastDays = pastDays;
        FutureDays = futureDays;
    }

    public int PastDays { get; }

    public int FutureDays { get; }

    /// <summary>The configured window (null: the default of each side); a number outside 0–10,000 stops the app at start-up.</summary>
    public static CalendarFeedWindow FromSettings(int? pastDays, int? futureDays) =>
        new(Checked(pastDays ?? Default.PastDays, PastDaysKey), Checked(futureDays ?? Default.FutureDays, FutureDaysKey));

    /// <summary>The instants the feed covers around <paramref name="now"/> (UTC): [from, to).</summary>
    public (DateTime From, DateTime To) Around(DateTime now) => (now.AddDays(-PastDays), now.AddDays(FutureDays));

    private static int Checked(int days, string key) =>
        days is >= 0 and <= MaxDays ? days : throw new InvalidOperationException($"{key} is {days}; it must be a number of days from 0 to {MaxDays}.");
}
