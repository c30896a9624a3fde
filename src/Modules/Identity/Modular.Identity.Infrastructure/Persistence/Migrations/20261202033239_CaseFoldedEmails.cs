using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Identity.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseFoldedEmails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An email's canonical form is case-folded (ADR 0020, amended): the lower-case letters that equal another without
            // case (CaseFolding.Variants: final sigma, long s, Greek symbol forms...) become that letter, so "σς" stored from
            // "ΣΣ" is "σσ". Two active accounts that become one address keep their spelling (the oldest wins) for an operator,
            // as in CanonicalTextAndAccountStateSync. The two sets are CaseFolding.Variants and CaseFolding.Standard.
            migrationBuilder.Sql(
                """
                DO $$
                DECLARE
                  variants CONSTANT text := U&'\00B5\017F\0345\03C2\03D0\03D1\03D5\03D6\03F0\03F1\03F5\1C80\1C81\1C82\1C83\1C84\1C85\1C86\1C87\1C88\1E9B\1FBE';
                  standard CONSTANT text := U&'\03BC\0073\03B9\03C3\03B2\03B8\03C6\03C0\03BA\03C1\03B5\0432\0434\043E\0441\0442\0442\044A\0463\A64B\1E61\03B9';
                BEGIN
                  IF current_setting('server_encoding') = 'UTF8' THEN
                    WITH candidates AS (
                      SELECT id, normalize(translate(email, variants, standard), NFC) AS canonical, disabled_at IS NULL AS active,
                             row_number() OVER (PARTITION BY normalize(translate(email, variants, standard), NFC), disabled_at IS NULL ORDER BY created_at, id) AS rank
                      FROM identity.user_accounts WHERE translate(email, variants, standard) <> email)
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
            // The folded forms stay: the spellings they replaced are not kept, and they are the same address.
        }
    }
}
