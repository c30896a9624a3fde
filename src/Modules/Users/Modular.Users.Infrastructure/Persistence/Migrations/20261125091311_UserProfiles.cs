using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Users.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UserProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "user_profiles",
                schema: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    normalized_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_profiles", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_user_profiles_created_at_id",
                schema: "users",
                table: "user_profiles",
                columns: new[] { "created_at", "id" },
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ux_user_profiles_normalized_email",
                schema: "users",
                table: "user_profiles",
                column: "normalized_email",
                unique: true,
                filter: "deleted_at IS NULL");

            // Case-insensitive substring search (lower(name) LIKE '%term%', normalized_email LIKE '%term%') served by
            // trigram GIN indexes. pg_trgm is a trusted extension: the database owner may create it, no superuser needed.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql(
                "CREATE INDEX ix_user_profiles_name_trgm ON users.user_profiles USING gin (lower(name) gin_trgm_ops) WHERE deleted_at IS NULL;");
            migrationBuilder.Sql(
                "CREATE INDEX ix_user_profiles_email_trgm ON users.user_profiles USING gin (normalized_email gin_trgm_ops) WHERE deleted_at IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The extension stays: other schemas may use it.
            migrationBuilder.DropTable(
                name: "user_profiles",
                schema: "users");
        }
    }
}
