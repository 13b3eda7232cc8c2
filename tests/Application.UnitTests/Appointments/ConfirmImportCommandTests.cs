// ConfirmImportCommand: the previewed appointments stored in one save, owner-checked, and never twice.
using Sched.Application.Appointments.Commands.ConfirmImport;

namespace Sched.Application.UnitTests.Appointments;

public sealed class ConfirmImportCommandTests : ImportUseCaseTests
{
    private static readonly byte[] TwoEvents = Calendar([
        .. Event("UID:dentist@example.com", "SUMMARY:Dentist", "LOCATION:Main St", "DESCRIPTION:Bring the card", "DTSTART:20310304T143000Z", "DTEND:20310304T151500Z"),
        .. Event("UID:holiday@example.com", "SUMMARY:Holiday", "DTSTART;VALUE=DATE:20310310", "DTEND;VALUE=DATE:20310312"),
    ]);

    [Fact]
    public async Task Stores_what_the_preview_showed_keeping_the_files_UIDs_and_removes_the_pending_import()
    {
        ActAs(AdaId, Zones.NewYork);

        var outcome = await ImportAsync(TwoEvents);

        outcome.Should().Be(new ImportOutcome(Added: 2, AlreadyThere: 0));
        var stored = await AllStoredAsync();
        stored.Select(a => (a.OwnerId, a.Uid, a.Title, a.Sequence)).Should().Equal(
            (AdaId, "dentist@example.com", "Dentist", 0), (AdaId, "holiday@example.com", "Holiday", 0));
        (stored[0].Start, stored[0].End, stored[0].Location, stored[0].Description)
            .Should().Be((Utc(2031, 3, 4, 14, 30), Utc(2031, 3, 4, 15, 15), "Main St", "Bring the card"));
        (stored[1].AllDay, stored[1].FirstDay, stored[1].LastDay, stored[1].Start)
            .Should().Be((true, new DateOnly(2031, 3, 10), new DateOnly(2031, 3, 11), Utc(2031, 3, 10, 4)), "all-day days begin in the owner's zone");
        (await PendingImportsAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Importing_the_same_file_again_adds_nothing_and_a_changed_event_becomes_a_new_revision()
    {
        await ImportAsync(TwoEvents);
        var changed = Calendar([
            .. Event("UID:dentist@example.com", "SUMMARY:Dentist, moved", "DTSTART:20310305T143000Z", "DTEND:20310305T151500Z"),
            .. Event("UID:holiday@example.com", "SUMMARY:Holiday", "DTSTART;VALUE=DATE:20310310", "DTEND;VALUE=DATE:20310312"),
        ]);

        (await ImportAsync(TwoEvents)).Should().Be(new ImportOutcome(Added: 0, AlreadyThere: 2));
        (await ImportAsync(changed)).Should().Be(new ImportOutcome(Added: 0, AlreadyThere: 2));

        var stored = await AllStoredAsync();
        stored.Select(a => (a.Uid, a.Title, a.Start, a.Sequence)).Should().Equal(
            ("dentist@example.com", "Dentist, moved", Utc(2031, 3, 5, 14, 30), 1),
            ("holiday@example.com", "Holiday", Utc(2031, 3, 10), 0));
    }

    [Fact]
    public async Task Events_without_a_UID_get_one_made_from_their_content_so_a_second_import_adds_nothing()
    {
        var file = Calendar([.. Event("SUMMARY:No UID", "DTSTART:20310304T120000Z"), .. Event("SUMMARY:No UID either", "DTSTART:20310304T120000Z")]);

        await ImportAsync(file);
        (await ImportAsync(file)).Should().Be(new ImportOutcome(Added: 0, AlreadyThere: 2));

        (await AllStoredAsync()).Select(a => a.Uid).Should().HaveCount(2).And.OnlyContain(uid => uid.EndsWith("@import.sched", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_UID_in_another_users_calendar_is_theirs_alone()
    {
        await ImportAsync(TwoEvents);
        ActAs(GraceId);

        (await ImportAsync(TwoEvents)).Should().Be(new ImportOutcome(Added: 2, AlreadyThere: 0));

        (await AllStoredAsync()).Should().HaveCount(4);
    }

    [Fact]
    public async Task Another_users_pending_import_is_refused_as_if_it_did_not_exist_and_nothing_is_stored()
    {
        var preview = await PreviewAsync(TwoEvents);
        ActAs(GraceId);

        var confirm = () => Host.SendAsync(new ConfirmImportCommand(preview.PendingImportId!.Value));

        (await confirm.Should().ThrowAsync<ValidationException>()).Which.Errors[string.Empty].Should().Equal(ConfirmImportCommandHandler.Gone);
        (await AllStoredAsync()).Should().BeEmpty();
        (await PendingImportsAsync()).Should().Be(1);
    }

    [Fact]
    public async Task An_expired_or_already_confirmed_pending_import_is_refused()
    {
        var expiring = await PreviewAsync(TwoEvents);
        Host.Clock.Advance(TimeSpan.FromHours(1));
        var expired = () => Host.SendAsync(new ConfirmImportCommand(expiring.PendingImportId!.Value));
        await expired.Should().ThrowAsync<ValidationException>();

        var preview = await PreviewAsync(TwoEvents);
        await Host.SendAsync(new ConfirmImportCommand(preview.PendingImportId!.Value));
        var again = () => Host.SendAsync(new ConfirmImportCommand(preview.PendingImportId!.Value));
        await again.Should().ThrowAsync<ValidationException>();

        (await AllStoredAsync()).Should().HaveCount(2);
    }

    [Fact]
    public async Task Needs_a_signed_in_user()
    {
        ActAs(null);

        var confirm = () => Host.SendAsync(new ConfirmImportCommand(Guid.NewGuid()));

        await confirm.Should().ThrowAsync<NotSignedInException>();
    }
}
