using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sched.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UidIndexFirst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appointments_OwnerId_Uid",
                table: "Appointments");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Uid_OwnerId",
                table: "Appointments",
                columns: new[] { "Uid", "OwnerId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appointments_Uid_OwnerId",
                table: "Appointments");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_OwnerId_Uid",
                table: "Appointments",
                columns: new[] { "OwnerId", "Uid" },
                unique: true);
        }
    }
}
