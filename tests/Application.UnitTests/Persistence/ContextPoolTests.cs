// A request's context comes from a pool. When the request ends, its scope disposes the context once per
// registration that handed it out (the provider's type, ApplicationDbContext, IApplicationDbContext), one
// after the other. Another request may rent a context in between, and must never get one that the ending
// scope then disposes or gives back under it (it did: "Cannot access a disposed context" and a Npgsql
// reader read by two requests at once, under load on PostgreSQL).
using Microsoft.EntityFrameworkCore;

namespace Sched.Application.UnitTests.Persistence;

public sealed class ContextPoolTests : IAsyncLifetime
{
    private readonly SchedTestHost _host = SchedTestHost.InMemory();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_request_renting_while_another_one_ends_keeps_its_context_to_its_own_end()
    {
        var ending = _host.CreateScope();
        var endingContext = ending.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        ending.ServiceProvider.GetRequiredService<ApplicationDbContext>().Should().BeSameAs(endingContext, "one request has one context");

        // The first of the ending scope's disposals; then another request rents; then the ending scope's others.
        await ((IAsyncDisposable)endingContext).DisposeAsync();
        await using var next = _host.CreateScope();
        var nextContext = next.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        await ending.DisposeAsync();

        var read = () => nextContext.Appointments.CountAsync();
        (await read.Should().NotThrowAsync()).Which.Should().Be(0);
        await using var third = _host.CreateScope();
        third.ServiceProvider.GetRequiredService<IApplicationDbContext>().Should()
            .NotBeSameAs(nextContext, "a context still in use must not be in the pool as well");
    }
}
