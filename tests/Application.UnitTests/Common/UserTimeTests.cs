// UserTime: wall-clock times in a person's zone to UTC instants and back, daylight-saving changes included.
using System.Globalization;
using Sched.Application.Common.Time;

namespace Sched.Application.UnitTests.Common;

public sealed class UserTimeTests
{
    [Theory]
    [InlineData("America/New_York", "2024-07-01T09:00", "2024-07-01T13:00")]
    [InlineData("America/New_York", "2024-01-15T09:00", "2024-01-15T14:00")]
    [InlineData("Europe/Berlin", "2024-07-01T09:00", "2024-07-01T07:00")]
    [InlineData("Asia/Kolkata", "2024-07-01T00:10", "2024-06-30T18:40")]
    [InlineData("UTC", "2024-07-01T09:00", "2024-07-01T09:00")]
    public void Converts_to_utc_and_back(string zoneId, string local, string utc)
    {
        var zone = Zones.Find(zoneId);

        var instant = UserTime.ToUtc(Parse(local), zone);
        var back = UserTime.InZone(instant, zone);

        instant.Should().Be(Parse(utc));
        instant.Kind.Should().Be(DateTimeKind.Utc);
        back.DateTime.Should().Be(Parse(local));
        back.Offset.Should().Be(zone.GetUtcOffset(instant));
    }

    [Theory]
    [InlineData(DateTimeKind.Unspecified)]
    [InlineData(DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Local)]
    public void Reads_the_input_as_wall_clock_time_whatever_its_kind(DateTimeKind kind)
    {
        var typed = new DateTime(2024, 7, 1, 9, 0, 0, kind);

        UserTime.ToUtc(typed, Zones.NewYork).Should().Be(new DateTime(2024, 7, 1, 13, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("Europe/Berlin", "2024-03-31T02:00", false)]
    [InlineData("Europe/Berlin", "2024-03-31T02:30", false)]
    [InlineData("Europe/Berlin", "2024-03-31T01:59", true)]
    [InlineData("Europe/Berlin", "2024-03-31T03:00", true)]
    [InlineData("Europe/Berlin", "2024-10-27T02:30", true)]
    [InlineData("America/New_York", "2024-03-10T02:30", false)]
    [InlineData("UTC", "2024-03-31T02:30", true)]
    public void A_time_exists_unless_the_clocks_skip_it(string zoneId, string local, bool exists)
    {
        UserTime.Exists(Parse(local), Zones.Find(zoneId)).Should().Be(exists);
    }

    [Fact]
    public void Refuses_to_convert_a_time_the_clocks_skip()
    {
        var convert = () => UserTime.ToUtc(Parse("2024-03-31T02:30"), Zones.Berlin);

        convert.Should().Throw<ArgumentException>().WithMessage("*2024-03-31 02:30*Europe/Berlin*");
    }

    [Theory]
    [InlineData("Europe/Berlin", "2024-10-27T02:30", "2024-10-27T00:30")]
    [InlineData("Europe/Berlin", "2024-10-27T02:00", "2024-10-27T00:00")]
    [InlineData("America/New_York", "2024-11-03T01:30", "2024-11-03T05:30")]
    public void Takes_a_time_the_clocks_repeat_as_its_first_occurrence(string zoneId, string local, string utc)
    {
        UserTime.ToUtc(Parse(local), Zones.Find(zoneId)).Should().Be(Parse(utc));
    }

    [Fact]
    public void Shows_an_instant_on_the_zones_wall_clock_with_that_moments_offset()
    {
        var shown = UserTime.InZone(new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc), Zones.NewYork);

        shown.Should().Be(new DateTimeOffset(2024, 6, 30, 20, 0, 0, TimeSpan.FromHours(-4)));
        shown.DateTime.Should().Be(Parse("2024-06-30T20:00"));
    }

    private static DateTime Parse(string text) => DateTime.Parse(text, CultureInfo.InvariantCulture);
}
