using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sched.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppointmentDayCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AppointmentDayCounts",
                columns: table => new
                {
                    OwnerId = table.Column<string>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppointmentDayCounts", x => new { x.OwnerId, x.Day });
                    table.CheckConstraint("CK_AppointmentDayCounts_Count", "\"Count\" >= 0");
                    table.ForeignKey(
                        name: "FK_AppointmentDayCounts_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Triggers keep the counts with every write to Appointments, those that bypass EF Core included.
            // A count brought to 0 is deleted by the same trigger, so a day with none has no row.
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Appointments_DayCounts_Insert" AFTER INSERT ON "Appointments"
                WHEN NEW."SpansDays" = 0
                BEGIN
                    INSERT INTO "AppointmentDayCounts" ("OwnerId", "Day", "Count") VALUES (NEW."OwnerId", NEW."CalendarFirstDay", 1)
                    ON CONFLICT ("OwnerId", "Day") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Appointments_DayCounts_Delete" AFTER DELETE ON "Appointments"
                WHEN OLD."SpansDays" = 0
                BEGIN
                    UPDATE "AppointmentDayCounts" SET "Count" = "Count" - 1 WHERE "OwnerId" = OLD."OwnerId" AND "Day" = OLD."CalendarFirstDay";
                    DELETE FROM "AppointmentDayCounts" WHERE "OwnerId" = OLD."OwnerId" AND "Day" = OLD."CalendarFirstDay" AND "Count" = 0;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Appointments_DayCounts_Update" AFTER UPDATE OF "OwnerId", "SpansDays", "CalendarFirstDay" ON "Appointments"
                BEGIN
                    UPDATE "AppointmentDayCounts" SET "Count" = "Count" - 1
                    WHERE OLD."SpansDays" = 0 AND "OwnerId" = OLD."OwnerId" AND "Day" = OLD."CalendarFirstDay";
                    DELETE FROM "AppointmentDayCounts"
                    WHERE OLD."SpansDays" = 0 AND "OwnerId" = OLD."OwnerId" AND "Day" = OLD."CalendarFirstDay" AND "Count" = 0;
                    INSERT INTO "AppointmentDayCounts" ("OwnerId", "Day", "Count") SELECT NEW."OwnerId", NEW."CalendarFirstDay", 1
                    WHERE NEW."SpansDays" = 0
                    ON CONFLICT ("OwnerId", "Day") DO UPDATE SET "Count" = "Count" + 1;
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "AppointmentDayCounts" ("OwnerId", "Day", "Count")
                SELECT "OwnerId", "CalendarFirstDay", COUNT(*) FROM "Appointments" WHERE "SpansDays" = 0 GROUP BY "OwnerId", "CalendarFirstDay";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TR_Appointments_DayCounts_Insert";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Appointments_DayCounts_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_Appointments_DayCounts_Update";""");
            migrationBuilder.DropTable(
                name: "AppointmentDayCounts");
        }
    }
}
