using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sched.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AppointmentUids : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "Appointments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Uid",
                table: "Appointments",
                type: "character varying(255)",
                maxLength: 255,
                nullable: false,
                defaultValue: "");

            // Existing rows get a UID each, in the shape Appointment gives new ones (128 random bits as
            // hex, "@sched"), from PostgreSQL's gen_random_uuid (built in since 13), before the unique index and the length check hold them.
            migrationBuilder.Sql("UPDATE \"Appointments\" SET \"Uid\" = replace(gen_random_uuid()::text, '-', '') || '@sched';");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_OwnerId_Uid",
                table: "Appointments",
                columns: new[] { "OwnerId", "Uid" },
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "CK_Appointments_Sequence",
                table: "Appointments",
                sql: "\"Sequence\" >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Appointments_Uid",
                table: "Appointments",
                sql: "length(\"Uid\") BETWEEN 1 AND 255");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appointments_OwnerId_Uid",
                table: "Appointments");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Appointments_Sequence",
                table: "Appointments");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Appointments_Uid",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "Uid",
                table: "Appointments");
        }
    }
}
