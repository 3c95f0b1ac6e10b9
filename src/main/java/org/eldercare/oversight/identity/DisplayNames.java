package org.eldercare.oversight.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names people are shown by instead of their account names, for histories and logs other modules keep with the
 * account name of who acted (an account name no longer known, or a system or token name, is shown as it is).
 */
@Component
public class DisplayNames {

    private final JdbcClient jdbc;

    DisplayNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Account name → display name, for those of {@code usernames} that are accounts. */
    public Map<String, String> of(Collection<String> usernames) {
        List<String> names = usernames.stream().distinct().toList();
        Map<String, String> shown = new HashMap<>();
        if (names.isEmpty()) {
            return shown;
        }
        jdbc.sql("select username, display_name from user_account where username in (:names)").param("names", names)
                .query((rs, n) -> shown.put(rs.getString("username"), rs.getString("display_name"))).list();
        return shown;
    }
}
