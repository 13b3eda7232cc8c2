using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sched.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MailOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QueuedMails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProtectedTextBody = table.Column<string>(type: "TEXT", nullable: false),
                    ProtectedHtmlBody = table.Column<string>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Queued = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttempt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeasedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Sent = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueuedMails", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QueuedMails_Status_NextAttempt",
                table: "QueuedMails",
                columns: new[] { "Status", "NextAttempt" });

            migrationBuilder.CreateIndex(
                name: "IX_QueuedMails_To_Purpose_Queued",
                table: "QueuedMails",
                columns: new[] { "To", "Purpose", "Queued" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QueuedMails");
        }
    }
}
