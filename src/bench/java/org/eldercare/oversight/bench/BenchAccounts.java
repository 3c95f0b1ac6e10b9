package org.eldercare.oversight.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import org.eldercare.oversight.common.Sm3;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The bench installation's callers, written into the bench database only (nothing in the application knows of them): a
 * 民政监管员 for the whole country with a random password (pages, the overview, the import, the export), and an approved
 * API token of one institution (the ban check, as an institution checks before hiring). Both are stored as identity
 * stores them (a delegating-encoder hash; the token's SM3 hash); the secrets go to the owner-only plan file.
 */
final class BenchAccounts {

    static final String USERNAME = "bench-supervisor";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BenchAccounts() {
    }

    static void create(Connection c, BenchData d, Properties plan) throws Exception {
        String password = "Bench-" + secret(18);
        long userId;
        try (PreparedStatement ps = c.prepareStatement("""
                insert into user_account (username, display_name, password_hash, region_code, department_code,
                                          password_changed_at, created_at, created_by)
                values (?, '基准测试监管员', ?, '000000', 'CIVIL_AFFAIRS', ?, ?, ?) returning id""")) {
            ps.setString(1, USERNAME);
            ps.setString(2, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
            ps.setTimestamp(3, new Timestamp(System.currentTimeMillis()));
            ps.setTimestamp(4, new Timestamp(System.currentTimeMillis()));
            ps.setString(5, BenchData.BY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                userId = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into user_role (user_id, role) values (?, 'SUPERVISOR')")) {
            ps.setLong(1, userId);
            ps.executeUpdate();
        }
        String token = "eot_" + secret(32);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into api_token (name, token_prefix, token_hash, institution_id, region_code, expires_at, valid_days,
                                       created_by, approved_by_id, approved_by, approved_at)
                values ('基准测试机构令牌', ?, ?, ?, ?, ?, 30, ?, ?, ?, now())""")) {
            ps.setString(1, token.substring(0, 10));
            ps.setString(2, Sm3.hash(token));
            ps.setLong(3, d.institutionId[0]);
            ps.setString(4, d.county[0]);
            ps.setTimestamp(5, new Timestamp(System.currentTimeMillis() + Duration.ofDays(30).toMillis()));
            ps.setString(6, BenchData.BY);
            ps.setLong(7, userId);
            ps.setString(8, USERNAME);
            ps.executeUpdate();
        }
        plan.setProperty("username", USERNAME);
        plan.setProperty("password", password);
        plan.setProperty("token", token);
    }

    private static String secret(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
