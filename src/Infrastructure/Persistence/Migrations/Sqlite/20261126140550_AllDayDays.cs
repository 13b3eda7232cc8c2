using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sched.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// All-day appointments keep their days as dates. Their rows held the first and last day at UTC
    /// midnight; they now hold the days themselves, and start and end instants anchored where the
    /// first day and the day after the last begin. SQL cannot know an owner's zone, so existing rows
    /// are anchored in UTC (where they were); DatabaseInitialiser then moves them into their owner's
    /// zone, once, when it places them on their calendar days.
    /// </summary>
    public partial class AllDayDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstDay",
                table: "Appointments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastDay",
                table: "Appointments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql(
                "UPDATE \"Appointments\" SET \"FirstDay\" = date(\"Start\"), \"LastDay\" = date(\"End\"), " +
                "\"End\" = datetime(date(\"End\"), '+1 day') WHERE \"AllDay\" = 1;");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Appointments_AllDayDays",
                table: "Appointments",
                sql: "(\"AllDay\" = 1 AND \"FirstDay\" IS NOT NULL AND \"LastDay\" IS NOT NULL AND \"LastDay\" >= \"FirstDay\") OR (\"AllDay\" = 0 AND \"FirstDay\" IS NULL AND \"LastDay\" IS NULL)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Appointments_AllDayDays",
                table: "Appointments");

            migrationBuilder.Sql(
                "UPDATE \"Appointments\" SET \"Start\" = \"FirstDay\" || ' 00:00:00', \"End\" = \"LastDay\" || ' 00:00:00' " +
                "WHERE \"AllDay\" = 1;");

            migrationBuilder.DropColumn(
                name: "FirstDay",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "LastDay",
                table: "Appointments");
        }
    }
}
