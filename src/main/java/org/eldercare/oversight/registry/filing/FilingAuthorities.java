package org.eldercare.oversight.registry.filing;

import java.util.Optional;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.registry.archive.Caller;
import org.eldercare.oversight.registry.archive.Institution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * REG-3 which civil-affairs bureau a filing goes to (养老机构管理办法 第九条, 003-(一)): 营利性 (and 医疗卫生机构, whose
 * profit status the archive does not record) with the county bureau of the service site; 民办非营利 and 公办 (事业单位, also
 * non-profit) with the bureau 「登记管理机关同级」: the level comes from the registrar's area code in the 统一社会信用代码
 * (digits 3–8: ..xx county, ..00 prefecture, ..0000 province, 100000 national), the bureau is the site's own at that
 * level. A supervisor decides a filing when the authority lies in his scope; one above the authority decides on its
 * behalf, and the transition says so.
 */
@Component
public class FilingAuthorities {

    private final ReceiptPrefixes prefixes;
    private final JdbcClient jdbc;
    private final DataScope scope;

    FilingAuthorities(ReceiptPrefixes prefixes, JdbcClient jdbc, DataScope scope) {
        this.prefixes = prefixes;
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** A filing bureau: its region and the bureau's name (楚雄市民政局, 楚雄彝族自治州民政局, 云南省民政厅). */
    public record Authority(String code, int level, String name) {
    }

    /** The bureau the institution files with under today's facts. */
    Authority of(Institution inst) {
        Region site = prefixes.bureauOf(inst.regionCode())
                .orElseThrow(() -> new IllegalStateException("unknown region " + inst.regionCode()));
        Region bureau = switch (inst.legalForm()) {
            case FOR_PROFIT, MEDICAL -> site;
            case NON_PROFIT, PUBLIC -> registrarLevel(inst.uscc()).map(level -> atLevel(site, level)).orElse(site);
        };
        return authority(bureau);
    }

    /** The bureau stored on a filing, or (a draft) the one the institution would file with now. */
    Authority of(Filing f, Institution inst) {
        return f.authorityCode() == null ? of(inst) : named(f.authorityCode());
    }

    Authority named(String code) {
        return authority(prefixes.region(code).orElseThrow(() -> new IllegalStateException("unknown region " + code)));
    }

    /**
     * Who decides on a filing with authority {@code a}: a supervisor whose region contains the authority's (403 otherwise,
     * naming the authority). Above the authority, the decision is recorded as taken on its behalf.
     */
    Filing.Decider decider(Caller caller, Authority a) {
        Region mine = scope.currentRegion().orElseThrow(() -> PlatformException.forbidden("error.forbidden"));
        if (!scope.contains(a.code())) {
            throw PlatformException.forbidden("filing.decision.notAuthority", a.name());
        }
        String note = mine.code().equals(a.code()) ? null : bureauName(mine) + "代为决定（备案机关：" + a.name() + "）";
        return new Filing.Decider(caller.name(), mine.code(), mine.level(), note);
    }

    /** The level of the registrar named by the code's area digits; empty when they are no area code. */
    static Optional<Integer> registrarLevel(String uscc) {
        if (uscc == null || uscc.length() < 8 || !uscc.substring(2, 8).matches("\\d{6}")) {
            return Optional.empty();
        }
        String area = uscc.substring(2, 8);
        if (area.equals("100000")) {
            return Optional.of(0);
        }
        return Optional.of(area.endsWith("0000") ? 1 : area.endsWith("00") ? 2 : Region.COUNTY);
    }

    /** The site's bureau itself, or its nearest ancestor at {@code level} or above (a 直辖市 has no prefecture level). */
    private Region atLevel(Region site, int level) {
        if (level >= site.level()) {
            return site;
        }
        return jdbc.sql("""
                select code, name, level, parent_code, path, retired_at is not null as retired from region
                where ? like path || '%' and level <= ? order by level desc limit 1""")
                .params(site.path(), level).query(Region.class).optional().orElse(site);
    }

    private static Authority authority(Region r) {
        return new Authority(r.code(), r.level(), bureauName(r));
    }

    /** 民政部; a province's 民政厅 (a 直辖市's 民政局); a prefecture's or county's 民政局. */
    static String bureauName(Region r) {
        if (r.level() == 0) {
            return "中华人民共和国民政部";
        }
        return r.name() + (r.level() == 1 && !r.name().endsWith("市") ? "民政厅" : "民政局");
    }
}
