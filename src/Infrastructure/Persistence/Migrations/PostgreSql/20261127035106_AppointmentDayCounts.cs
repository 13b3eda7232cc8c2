using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sched.Infrastructure.Persistence.Migrations.PostgreSql
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
                    OwnerId = table.Column<string>(type: "text", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
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

            // A trigger keeps the counts with every write to Appointments, those that bypass EF Core included.
            // A count brought to 0 is deleted by the same trigger, so a day with none has no row. Two writers
            // of one owner's day wait for each other on its row, and the decrement comes before the delete so
            // that both act on the count the other left. (The other order, "delete the row if its count is 1,
            // else decrement", read the count from before the wait: two deletes at once took 2 to 0.)
            migrationBuilder.Sql("""
                CREATE FUNCTION "Appointments_DayCounts"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' AND OLD."SpansDays" = FALSE THEN
                        UPDATE "AppointmentDayCounts" SET "Count" = "Count" - 1 WHERE "OwnerId" = OLD."OwnerId" AND "Day" = OLD."CalendarFirstDay";
                        DELETE FROM "AppointmentDayCounts" WHERE "OwnerId" = OLD."OwnerId" AND "Day" = OLD."CalendarFirstDay" AND "Count" = 0;
                    END IF;
                    IF TG_OP <> 'DELETE' AND NEW."SpansDays" = FALSE THEN
                        INSERT INTO "AppointmentDayCounts" ("OwnerId", "Day", "Count") VALUES (NEW."OwnerId", NEW."CalendarFirstDay", 1)
                        ON CONFLICT ("OwnerId", "Day") DO UPDATE SET "Count" = "AppointmentDayCounts"."Count" + 1;
                    END IF;
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Appointments_DayCounts" AFTER INSERT OR DELETE OR UPDATE OF "OwnerId", "SpansDays", "CalendarFirstDay"
                ON "Appointments" FOR EACH ROW EXECUTE FUNCTION "Appointments_DayCounts"();
                """);
            migrationBuilder.Sql("""
                INSERT INTO "AppointmentDayCounts" ("OwnerId", "Day", "Count")
                SELECT "OwnerId", "CalendarFirstDay", COUNT(*) FROM "Appointments" WHERE "SpansDays" = FALSE GROUP BY "OwnerId", "CalendarFirstDay";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TR_Appointments_DayCounts" ON "Appointments";""");
            migrationBuilder.Sql("""DROP FUNCTION "Appointments_DayCounts"();""");
            migrationBuilder.DropTable(
                name: "AppointmentDayCounts");
        }
    }
}
