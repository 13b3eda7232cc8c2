// Fuzz: broken and mutated calendar files posted to the import form, with valid tokens; never a server
// error or a logged error, nothing stored, and a good file still previews afterwards.
using System.Net;
using System.Text;
using CsCheck;
using Sched.WebUI.ReliabilityTests.Infrastructure;

namespace Sched.WebUI.ReliabilityTests;

public sealed class ImportFuzzTests(FuzzApp app) : IClassFixture<FuzzApp>
{
    /// <summary>What the import form may answer: the preview or the form with an error (200), refused as a bad or too large request.</summary>
    private static readonly HttpStatusCode[] Answers = [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge];

    /// <summary>A file with most of what clients write: a zone of its own, a repeating event, an all-day one, escaped and folded text.</summary>
    private static readonly string Good = string.Join("\r\n",
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fuzz//Fuzz//EN", "X-WR-TIMEZONE:Europe/Berlin",
        "BEGIN:VTIMEZONE", "TZID:Customized Time Zone", "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", "UID:weekly@fuzz", "SUMMARY:Standup\\, daily\\; ok", "DTSTART;TZID=Customized Time Zone:20310303T090000",
        "DURATION:PT15M", "RRULE:FREQ=WEEKLY;COUNT=5", "DESCRIPTION:Line one\\nline two ключи 😀", " folded on", "END:VEVENT",
        "BEGIN:VEVENT", "UID:holiday@fuzz", "SUMMARY:Holiday", "DTSTART;VALUE=DATE:20310310", "DTEND;VALUE=DATE:20310312", "END:VEVENT",
        "BEGIN:VTODO", "UID:todo@fuzz", "SUMMARY:Buy milk", "END:VTODO",
        "END:VCALENDAR", string.Empty);

    private static readonly string[] GoodLines = Good.Split("\r\n");

    /// <summary>Ways a file goes wrong: cut short, bytes flipped, lines dropped, doubled, swapped or replaced by hostile text, values mangled.</summary>
    private static readonly Gen<byte[]> BrokenFile = Gen.Frequency(
        (2, Gen.Int[0, Good.Length].Select(cut => Encoding.UTF8.GetBytes(Good[..cut]))),
        (2, Gen.Select(Gen.Int[0, Encoding.UTF8.GetByteCount(Good) - 1].Array[1, 12], Gen.Byte.Array[12], Flip)),
        (2, Gen.Select(Gen.Int[0, GoodLines.Length - 1], Hostile.Text, (line, text) => Lines(lines => lines[line] = text))),
        (1, Gen.Int[0, GoodLines.Length - 1].Select(line => Lines(lines => lines.RemoveAt(line)))),
        (1, Gen.Select(Gen.Int[0, GoodLines.Length - 1], Gen.Int[0, GoodLines.Length - 1], (a, b) => Lines(lines => (lines[a], lines[b]) = (lines[b], lines[a])))),
        (1, Gen.Select(Gen.Int[0, GoodLines.Length - 1], Hostile.Text, (line, text) => Lines(lines => lines[line] = ValueReplaced(lines[line], text)))),
        (1, Gen.Select(Gen.Int[0, GoodLines.Length - 1], Gen.Int[2, 400], (line, times) => Lines(lines => lines.InsertRange(line, Enumerable.Repeat(lines[line], times))))),
        (1, Gen.Byte.Array[0, 4_000]));

    [Fact]
    public async Task A_broken_calendar_file_is_never_a_server_error_and_stores_nothing()
    {
        var statuses = new Dictionary<HttpStatusCode, int>();

        await BrokenFile.SampleAsync(async file =>
        {
            var errorsBefore = app.Factory.Errors.All.Count;
            using var response = await app.Owner.PostAsync(
                CalendarImportSteps.ImportPath, CalendarImportSteps.ImportForm(file, "fuzz.ics", app.OwnerToken));
            var because = $"a file of {file.Length} bytes: {Encoding.UTF8.GetString(file[..Math.Min(file.Length, 200)])}";
            response.StatusCode.Should().BeOneOf(Answers, because);
            app.Factory.Errors.All.Skip(errorsBefore).Should().BeEmpty(because);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
        }, iter: 150, threads: 1, print: file => $"{file.Length} bytes");

        app.OwnAppointmentIds().Should().BeEmpty("nothing is stored before a preview is confirmed");
        statuses.Should().ContainKey(HttpStatusCode.OK);
        (await app.Owner.PreviewCalendarAsync(Encoding.UTF8.GetBytes(Good))).Should().Contain("2 appointments will be imported.");
    }

    private static byte[] Flip(int[] positions, byte[] values)
    {
        var bytes = Encoding.UTF8.GetBytes(Good);
        for (var i = 0; i < positions.Length; i++)
        {
            bytes[positions[i]] = values[i];
        }

        return bytes;
    }

    private static byte[] Lines(Action<List<string>> change)
    {
        var lines = GoodLines.ToList();
        change(lines);
        return Encoding.UTF8.GetBytes(string.Join("\r\n", lines));
    }

    /// <summary>The line with its value (after the first colon) replaced, or the text alone when the line has none.</summary>
    private static string ValueReplaced(string line, string value) =>
        line.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? line[..(colon + 1)] + value : value;
}
