// DropTablesCommand: deletes the database and all its data, but only when confirmed.
using Sched.Application.Administration.Commands.CreateTables;
using Sched.Application.Administration.Commands.DropTables;

namespace Sched.Application.UnitTests.Administration;

public sealed class DropTablesCommandTests : IAsyncLifetime
{
    private readonly SchedTestHost _host = SchedTestHost.WithDatabaseFile();

    public async Task InitializeAsync()
    {
        try
        {
            await _host.SendAsync(new CreateTablesCommand());
            await _host.AddUserAsync("ada@example.com");
        }
        catch
        {
            // xunit 2 does not call DisposeAsync when InitializeAsync fails; the file must not stay behind.
            await _host.DisposeAsync();
            throw;
        }
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task An_unconfirmed_drop_is_refused_and_keeps_the_data()
    {
        var send = () => _host.SendAsync(new DropTablesCommand(Confirmed: false));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal(nameof(DropTablesCommand.Confirmed));
        File.Exists(_host.DatabaseFile).Should().BeTrue();
        (await _host.CountUsersAsync()).Should().Be(1);
    }

    [Fact]
    public async Task A_confirmed_drop_deletes_the_database()
    {
        await DropTables();

        File.Exists(_host.DatabaseFile).Should().BeFalse();
    }

    [Fact]
    public async Task A_confirmed_drop_runs_through_the_pipeline()
    {
        await _host.SendAsync(new DropTablesCommand(Confirmed: true));

        File.Exists(_host.DatabaseFile).Should().BeFalse();
    }

    [Fact]
    public async Task Tables_created_after_a_drop_start_empty()
    {
        await DropTables();

        await _host.SendAsync(new CreateTablesCommand());

        (await _host.CountUsersAsync()).Should().Be(0);
    }

    private Task<Unit> DropTables() =>
        _host.InScopeAsync(sp => new DropTablesCommandHandler(sp.GetRequiredService<IDatabaseSchema>())
            .Handle(new DropTablesCommand(Confirmed: true), CancellationToken.None));
}
