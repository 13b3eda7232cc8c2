using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace Sched.Infrastructure.Persistence;

/// <summary>
/// Sched's database on a PostgreSQL server, shared by every instance of the app. Its migrations are in
/// Migrations/PostgreSql. It also holds the Data Protection keys, so that a cookie or form token one
/// instance issued is read by all the others.
/// </summary>
public sealed class PostgreSqlDbContext(DbContextOptions<PostgreSqlDbContext> options)
    : ApplicationDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override (string True, string False) SqlBooleans => ("TRUE", "FALSE");
}
