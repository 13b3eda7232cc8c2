using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sched.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ConfirmExistingUsers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Addresses are confirmed before an account may log in (Sched:Account:RequireConfirmedEmail).
            // Every account made before that rule came from the command line or from a registration that
            // signed in at once, so each is taken as confirmed, and nobody is locked out by the upgrade.
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"EmailConfirmed\" = TRUE;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: which accounts were unconfirmed before is not known, and the column stays.
        }
    }
}
