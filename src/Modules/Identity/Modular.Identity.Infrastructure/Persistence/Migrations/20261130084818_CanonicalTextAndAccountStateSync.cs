using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Identity.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CanonicalTextAndAccountStateSync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_user_accounts_updated_at_id",
                schema: "identity",
                table: "user_accounts",
                columns: new[] { "updated_at", "id" });

            // Text is stored in NFC (ADR 0020). Emails were already lower-cased; two active accounts whose emails are
            // canonically one address keep their spelling (the oldest one wins the canonical form) for an operator, and so does
            // text whose NFC form would not fit its column.
            // normalize() needs a UTF-8 database, which every database of this system is.
            migrationBuilder.Sql(
                """
                DO $$
                BEGIN
                  IF current_setting('server_encoding') = 'UTF8' THEN
                    UPDATE identity.user_accounts SET name = normalize(name, NFC) WHERE name IS NOT NFC NORMALIZED AND char_length(normalize(name, NFC)) <= 100;
                    WITH candidates AS (
                      SELECT id, normalize(email, NFC) AS canonical, disabled_at IS NULL AS active,
                             row_number() OVER (PARTITION BY normalize(email, NFC), disabled_at IS NULL ORDER BY created_at, id) AS rank
                      FROM identity.user_accounts WHERE email IS NOT NFC NORMALIZED AND char_length(normalize(email, NFC)) <= 254)
                    UPDATE identity.user_accounts a SET email = c.canonical
                    FROM candidates c
                    WHERE a.id = c.id
                      AND (NOT c.active OR (c.rank = 1 AND NOT EXISTS (
                        SELECT 1 FROM identity.user_accounts o WHERE o.disabled_at IS NULL AND o.email = c.canonical)));
                  END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The NFC forms stay: the spellings they replaced are not kept, and they are the same text.
            migrationBuilder.DropIndex(
                name: "ix_user_accounts_updated_at_id",
                schema: "identity",
                table: "user_accounts");
        }
    }
}
