package org.eldercare.oversight.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The application's own database role in the embedded database: it logs in with its generated password and may read
 * and write the tables, but owns nothing, so it can neither drop nor disable a trigger (the audit log's append-only
 * trigger, V3) nor change the schema. Flyway keeps running as the owner ({@code postgres}); default privileges give
 * the role the same rights on tables and sequences later migrations create.
 */
final class EmbeddedRoles {

    static final String APP_ROLE = "eldercare_app";
    static final String OWNER_ROLE = "postgres";

    private EmbeddedRoles() {
    }

    /** Creates or updates the application role in {@code database}, connected through {@code owner}. */
    static void ensureAppRole(DataSource owner, String database, String password) throws SQLException {
        try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
            st.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APP_ROLE + "') then "
                    + "create role " + APP_ROLE + "; end if; end $$");
            st.execute("set password_encryption = 'scram-sha-256'");
            st.execute("alter role " + APP_ROLE + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls"
                    + " password " + literal(password));
            st.execute("revoke create on schema public from public");
            st.execute("grant connect, temporary on database " + database + " to " + APP_ROLE);
            st.execute("grant usage on schema public to " + APP_ROLE);
            st.execute("grant select, insert, update, delete on all tables in schema public to " + APP_ROLE);
            st.execute("grant usage, select, update on all sequences in schema public to " + APP_ROLE);
            st.execute("alter default privileges for role " + OWNER_ROLE + " in schema public"
                    + " grant select, insert, update, delete on tables to " + APP_ROLE);
            st.execute("alter default privileges for role " + OWNER_ROLE + " in schema public"
                    + " grant usage, select, update on sequences to " + APP_ROLE);
        }
    }

    /** A SQL string literal (the passwords are generated base64url text; quotes are doubled anyway). */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
