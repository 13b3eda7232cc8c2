using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sched.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CalendarDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing rows get day 0001-01-01 here; DatabaseInitialiser places them on their owner's
            // calendar right after migrating, since the days depend on the owner's zone.
            migrationBuilder.AddColumn<DateOnly>(
                name: "CalendarFirstDay",
                table: "Appointments",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "CalendarLastDay",
                table: "Appointments",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<bool>(
                name: "SpansDays",
                table: "Appointments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Days",
                table: "Appointments",
                columns: new[] { "OwnerId", "SpansDays", "CalendarFirstDay", "AllDay", "Start" },
                descending: new[] { false, false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_SpanningDays",
                table: "Appointments",
                columns: new[] { "OwnerId", "SpansDays", "CalendarLastDay", "CalendarFirstDay" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appointments_Days",
                table: "Appointments");

            migrationBuilder.DropIndex(
                name: "IX_Appointments_SpanningDays",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "CalendarFirstDay",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "CalendarLastDay",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "SpansDays",
                table: "Appointments");
        }
    }
}
