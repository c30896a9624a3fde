using Microsoft.EntityFrameworkCore.Migrations;
using Modular.Shared.Infrastructure.Outbox;

#nullable disable

namespace Modular.Identity.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DropOutboxNotifyTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The relay of the writing process is woken in memory after the commit (ADR 0034): a NOTIFY per commit took
            // PostgreSQL's global notify lock through the WAL flush and queued every commit with events behind another.
            migrationBuilder.Sql(OutboxNotifications.DropTriggerSql("identity"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(OutboxNotifications.CreateTriggerSql("identity"));
        }
    }
}
