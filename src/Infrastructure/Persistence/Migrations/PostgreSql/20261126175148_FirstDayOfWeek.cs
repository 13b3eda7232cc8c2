using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sched.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// The day a user's calendar weeks begin on (DayOfWeek's number, Sunday 0); existing users get
    /// none, which reads as Monday, so nobody's calendar changes until they choose.
    /// </summary>
    public partial class FirstDayOfWeek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FirstDayOfWeek",
                table: "AspNetUsers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_AspNetUsers_FirstDayOfWeek",
                table: "AspNetUsers",
                sql: "\"FirstDayOfWeek\" IS NULL OR \"FirstDayOfWeek\" BETWEEN 0 AND 6");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_AspNetUsers_FirstDayOfWeek",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "FirstDayOfWeek",
                table: "AspNetUsers");
        }
    }
}
