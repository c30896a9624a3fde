using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Users.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseFoldedEmails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An email's canonical form is case-folded (ADR 0020, amended): the lower-case letters that equal another without
            // case (CaseFolding.Variants) become that letter. Two active profiles that become one address keep their spelling
            // (the oldest wins) for an operator, as in CanonicalText. Name search folds the same way (DatabaseText.Fold): its
            // trigram index is rebuilt on that exact expression, or the planner could not use it. The two sets are
            // CaseFolding.Variants and CaseFolding.Standard.
            migrationBuilder.Sql(
                """
                DO $$
                DECLARE
                  variants CONSTANT text := U&'\00B5\017F\0345\03C2\03D0\03D1\03D5\03D6\03F0\03F1\03F5\1C80\1C81\1C82\1C83\1C84\1C85\1C86\1C87\1C88\1E9B\1FBE';
                  standard CONSTANT text := U&'\03BC\0073\03B9\03C3\03B2\03B8\03C6\03C0\03BA\03C1\03B5\0432\0434\043E\0441\0442\0442\044A\0463\A64B\1E61\03B9';
                BEGIN
                  IF current_setting('server_encoding') = 'UTF8' THEN
                    WITH candidates AS (
                      SELECT id, normalize(translate(normalized_email, variants, standard), NFC) AS canonical, deleted_at IS NULL AS active,
                             row_number() OVER (PARTITION BY normalize(translate(normalized_email, variants, standard), NFC), deleted_at IS NULL ORDER BY created_at, id) AS rank
                      FROM users.user_profiles WHERE translate(normalized_email, variants, standard) <> normalized_email)
                    UPDATE users.user_profiles p SET email = c.canonical, normalized_email = c.canonical
                    FROM candidates c
                    WHERE p.id = c.id
                      AND (NOT c.active OR (c.rank = 1 AND NOT EXISTS (
                        SELECT 1 FROM users.user_profiles o WHERE o.deleted_at IS NULL AND o.id <> p.id AND o.normalized_email = c.canonical)));
                  END IF;
                END $$;
                DROP INDEX users.ix_user_profiles_name_trgm;
                CREATE INDEX ix_user_profiles_name_trgm ON users.user_profiles
                  USING gin (translate(lower(name),
                    U&'\00B5\017F\0345\03C2\03D0\03D1\03D5\03D6\03F0\03F1\03F5\1C80\1C81\1C82\1C83\1C84\1C85\1C86\1C87\1C88\1E9B\1FBE',
                    U&'\03BC\0073\03B9\03C3\03B2\03B8\03C6\03C0\03BA\03C1\03B5\0432\0434\043E\0441\0442\0442\044A\0463\A64B\1E61\03B9') gin_trgm_ops) WHERE deleted_at IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The folded emails stay: the spellings they replaced are not kept, and they are the same address.
            migrationBuilder.Sql(
                """
                DROP INDEX users.ix_user_profiles_name_trgm;
                CREATE INDEX ix_user_profiles_name_trgm ON users.user_profiles USING gin (lower(name) gin_trgm_ops) WHERE deleted_at IS NULL;
                """);
        }
    }
}
