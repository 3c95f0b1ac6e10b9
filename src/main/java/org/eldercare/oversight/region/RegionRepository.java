package org.eldercare.oversight.region;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegionRepository {

    private static final String COLUMNS = "select code, name, level, parent_code, path from region ";
    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Region> find(String code) {
        return jdbc.sql(COLUMNS + "where code = ?").param(code).query(Region.class).optional();
    }

    List<Region> children(String code) {
        return jdbc.sql(COLUMNS + "where parent_code = ? order by code").param(code).query(Region.class).list();
    }

    List<Region> subtree(String path) {
        return jdbc.sql(COLUMNS + "where path like ? order by path").param(path + "%").query(Region.class).list();
    }

    void insert(Region r) {
        jdbc.sql("insert into region (code, name, level, parent_code, path) values (?, ?, ?, ?, ?)")
                .params(r.code(), r.name(), r.level(), r.parentCode(), r.path()).update();
    }
}
