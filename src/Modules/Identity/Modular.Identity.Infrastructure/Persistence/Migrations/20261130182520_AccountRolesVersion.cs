using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Identity.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AccountRolesVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "roles_version",
                schema: "identity",
                table: "user_accounts",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "roles_version",
                schema: "identity",
                table: "user_accounts");
        }
    }
}
