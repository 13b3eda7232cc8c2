// CreateTablesCommand: applies every migration to the database file; safe to repeat.
using Microsoft.EntityFrameworkCore;
using Sched.Application.Administration.Commands.CreateTables;

namespace Sched.Application.UnitTests.Administration;

public sealed class CreateTablesCommandTests : IAsyncLifetime
{
    private readonly SchedTestHost _host = SchedTestHost.WithDatabaseFile();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Creates_the_database_with_every_migration_applied()
    {
        await CreateTables();

        File.Exists(_host.DatabaseFile).Should().BeTrue();
        var pending = await _host.InScopeAsync(sp =>
            sp.GetRequiredService<ApplicationDbContext>().Database.GetPendingMigrationsAsync());
        pending.Should().BeEmpty();
        await _host.AddUserAsync("ada@example.com");
        (await _host.CountUsersAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Running_it_again_is_harmless_and_keeps_the_data()
    {
        await CreateTables();
        await _host.AddUserAsync("ada@example.com");

        await CreateTables();

        (await _host.CountUsersAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Runs_through_the_pipeline_without_confirmation()
    {
        await _host.SendAsync(new CreateTablesCommand());
        await _host.SendAsync(new CreateTablesCommand());

        (await _host.CountUsersAsync()).Should().Be(0);
    }

    private Task<Unit> CreateTables() =>
        _host.InScopeAsync(sp => new CreateTablesCommandHandler(sp.GetRequiredService<IDatabaseSchema>())
            .Handle(new CreateTablesCommand(), CancellationToken.None));
}
