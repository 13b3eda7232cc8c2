// Reads a calendar file as a strict client would: the raw octets (CRLF, folding at 75 octets on
// UTF-8 boundaries, unfolded content lines) and, parsed back, with Ical.Net.
using System.Text;
using Ical.Net;

namespace Sched.TestSupport;

public static class CalendarText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The file's content lines, unfolded, after checking the raw rules of RFC 5545 §3.1: no byte-order
    /// mark, every line ends in CRLF, no line is longer than 75 octets, and none splits a UTF-8 character.
    /// </summary>
    public static IReadOnlyList<string> ContentLines(byte[] file)
    {
        file.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "a calendar file starts with BEGIN, not a byte-order mark");
        // A fold inside a UTF-8 character would leave its bytes apart around CRLF and a space, which no
        // strict decoder takes; so decoding the whole file strictly proves no fold split one.
        var text = StrictUtf8.GetString(file);
        text.Should().EndWith("\r\n");
        var physical = text[..^2].Split("\r\n");
        foreach (var line in physical)
        {
            line.Should().NotContain("\r").And.NotContain("\n", "every line ends in CRLF, and no bare CR or LF is left inside one");
            var octets = StrictUtf8.GetBytes(line);
            octets.Length.Should().BeLessThanOrEqualTo(75, $"a line is folded at 75 octets: {line}");
        }

        var lines = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' ') || line.StartsWith('\t'))
            {
                lines[^1] += line[1..];
            }
            else
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>The file parsed by Ical.Net, as a subscribing client would read it.</summary>
    public static Calendar Parse(byte[] file) =>
        Calendar.Load(Encoding.UTF8.GetString(file)) ?? throw new InvalidOperationException("Ical.Net read no calendar from the file.");

    /// <summary>The unfolded lines of the VEVENT whose UID is given, BEGIN and END included.</summary>
    public static IReadOnlyList<string> EventLines(IReadOnlyList<string> contentLines, string uid)
    {
        var events = new List<List<string>>();
        foreach (var line in contentLines)
        {
            if (line == "BEGIN:VEVENT")
            {
                events.Add([]);
            }

            if (events.Count > 0 && (events[^1].Count == 0 || events[^1][^1] != "END:VEVENT"))
            {
                events[^1].Add(line);
            }
        }

        return events.Should().ContainSingle(e => e.Contains($"UID:{uid}")).Subject;
    }
}
