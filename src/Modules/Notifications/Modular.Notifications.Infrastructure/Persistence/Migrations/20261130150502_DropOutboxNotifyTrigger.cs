using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Shared.Infrastructure.Outbox;

#nullable disable

namespace Modular.Notifications.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DropOutboxNotifyTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The relay of the writing process is woken in memory after the commit (ADR 0034): a NOTIFY per commit took
            // PostgreSQL's global notify lock through the WAL flush and queued every commit with events behind another.
            migrationBuilder.Sql(OutboxNotifications.DropTriggerSql("notifications"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(OutboxNotifications.CreateTriggerSql("notifications"));
        }
    }
}
