namespace Sched.Application.Common.Models;

/// <summary>A calendar file's bytes (UTF-8 iCalendar, see <see cref="Interfaces.ICalendarFileWriter"/>) and the name to save it under.</summary>
public sealed record CalendarFile(byte[] Content, string FileName)
{
    /// <summary>The media type of every calendar Sched writes (RFC 5545 §8.1).</summary>
    public const string ContentType = "text/calendar; charset=utf-8";
}
