package org.eldercare.oversight.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The departments (民政、消防救援 …) that accounts and API tokens may belong to. */
@Component
public class Departments {

    private final JdbcClient jdbc;

    Departments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Department(String code, String name) {
    }

    /** Every department, in display order. */
    public List<Department> all() {
        return jdbc.sql("select code, name from department order by sort").query(Department.class).list();
    }

    /** Department code → Chinese name, for lists that show an account's or a token's department. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(d -> names.put(d.code(), d.name()));
        return names;
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from department where code = ?").param(code).query(Long.class).single() > 0;
    }
}
