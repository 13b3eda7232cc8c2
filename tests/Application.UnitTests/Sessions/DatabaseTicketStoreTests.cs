// DatabaseTicketStore: sessions kept in the database, so ending one on the server ends it for real.
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sched.Infrastructure.Sessions;

namespace Sched.Application.UnitTests.Sessions;

public sealed class DatabaseTicketStoreTests : IAsyncLifetime
{
    private readonly SchedTestHost _host = SchedTestHost.InMemory();
    private string _adaId = string.Empty;
    private string _graceId = string.Empty;

    public async Task InitializeAsync()
    {
        _adaId = await _host.AddUserAsync("ada@example.com");
        _graceId = await _host.AddUserAsync("grace@example.com");
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    private DatabaseTicketStore Store => _host.Sessions;

    [Fact]
    public async Task A_stored_ticket_is_retrieved_by_its_key()
    {
        var expires = SchedTestHost.Start.AddHours(8);
        var ticket = SchedTestHost.TicketFor(_adaId, expires);

        var key = await Store.StoreAsync(ticket);
        var retrieved = await Store.RetrieveAsync(key);

        key.Should().MatchRegex("^[0-9A-F]{64}$");
        retrieved.Should().NotBeNull();
        retrieved!.AuthenticationScheme.Should().Be(IdentityConstants.ApplicationScheme);
        retrieved.Principal.FindFirstValue(ClaimTypes.NameIdentifier).Should().Be(_adaId);
        retrieved.Properties.ExpiresUtc.Should().Be(expires);
        retrieved.Properties.GetString(DatabaseTicketStore.SessionKeyItem).Should().Be(key);
        var row = await _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().UserSessions.SingleAsync());
        row.UserId.Should().Be(_adaId);
        row.Created.Should().Be(SchedTestHost.Start.UtcDateTime);
        row.ExpiresUtc.Should().Be(expires.UtcDateTime);
    }

    [Fact]
    public async Task Every_session_gets_its_own_key()
    {
        var first = await _host.StoreSessionAsync(_adaId);
        var second = await _host.StoreSessionAsync(_adaId);

        first.Should().NotBe(second);
        (await _host.SessionKeysAsync(_adaId)).Should().HaveCount(2);
    }

    [Fact]
    public async Task A_removed_session_is_not_retrieved()
    {
        var key = await _host.StoreSessionAsync(_adaId);

        await Store.RemoveAsync(key);

        (await Store.RetrieveAsync(key)).Should().BeNull();
    }

    [Fact]
    public async Task An_unknown_key_retrieves_nothing()
    {
        (await Store.RetrieveAsync(new string('0', UserSession.KeyLength))).Should().BeNull();
    }

    [Fact]
    public async Task A_ticket_is_retrieved_until_the_moment_it_expires()
    {
        var key = await _host.StoreSessionAsync(_adaId, SchedTestHost.Start.AddHours(1));

        _host.Clock.Advance(TimeSpan.FromHours(1));

        (await Store.RetrieveAsync(key)).Should().NotBeNull();
    }

    [Fact]
    public async Task An_expired_ticket_is_not_retrieved_and_its_row_is_deleted()
    {
        var key = await _host.StoreSessionAsync(_adaId, SchedTestHost.Start.AddHours(1));

        _host.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        (await Store.RetrieveAsync(key)).Should().BeNull();
        (await _host.SessionKeysAsync(_adaId)).Should().BeEmpty();
    }

    [Fact]
    public async Task Renewal_replaces_the_ticket_and_its_expiry()
    {
        var key = await _host.StoreSessionAsync(_adaId, SchedTestHost.Start.AddHours(1));
        var renewed = SchedTestHost.TicketFor(_adaId, SchedTestHost.Start.AddHours(9));

        await Store.RenewAsync(key, renewed);
        _host.Clock.Advance(TimeSpan.FromHours(2));

        var retrieved = await Store.RetrieveAsync(key);
        retrieved.Should().NotBeNull();
        retrieved!.Properties.ExpiresUtc.Should().Be(SchedTestHost.Start.AddHours(9));
        retrieved.Properties.GetString(DatabaseTicketStore.SessionKeyItem).Should().Be(key);
    }

    [Fact]
    public async Task Removing_all_of_a_users_sessions_keeps_the_one_excepted_and_other_users_sessions()
    {
        var kept = await _host.StoreSessionAsync(_adaId);
        await _host.StoreSessionAsync(_adaId);
        await _host.StoreSessionAsync(_adaId);
        var gracesSession = await _host.StoreSessionAsync(_graceId);

        await Store.RemoveAllAsync(_adaId, exceptKey: kept, CancellationToken.None);

        (await _host.SessionKeysAsync(_adaId)).Should().Equal(kept);
        (await _host.SessionKeysAsync(_graceId)).Should().Equal(gracesSession);
    }

    [Fact]
    public async Task Removing_all_of_a_users_sessions_without_exception_removes_every_one()
    {
        await _host.StoreSessionAsync(_adaId);
        await _host.StoreSessionAsync(_adaId);
        var gracesSession = await _host.StoreSessionAsync(_graceId);

        await Store.RemoveAllAsync(_adaId, exceptKey: null, CancellationToken.None);

        (await _host.SessionKeysAsync(_adaId)).Should().BeEmpty();
        (await _host.SessionKeysAsync(_graceId)).Should().Equal(gracesSession);
    }
}
