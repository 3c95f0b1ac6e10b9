package org.eldercare.oversight.disclosure.bureau;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.Optional;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.RegionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DIS-2 use cases: a supervisor publishes for a region of his scope and withdraws what his scope published; lists in
 * scope (keyset); the public list of a region (its own, its ancestors' and its subregions' publications) and a PDF.
 */
@Service
public class Publications {

    static final int MAX_PDF = 10 * 1024 * 1024;
    private static final String SELECT = """
            select p.id, p.region_code, r.name as region_name, p.category, p.title, p.level, p.type_tag, p.summary, p.link,
                   p.pdf_name is not null as has_pdf, p.event_date, p.due_date, p.published_on
            from disclosure_publication p join region r on r.code = p.region_code
            """;
    private final JdbcClient jdbc;
    private final DataScope scope;
    private final RegionService regions;
    private final WorkingDayCalendar calendar;
    private final DisclosureSettings settings;
    private final Clock clock;

    Publications(JdbcClient jdbc, DataScope scope, RegionService regions, WorkingDayCalendar calendar, DisclosureSettings settings,
                 Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.regions = regions;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    /** What a supervisor enters; {@code publishedOn} null: today. */
    public record Input(String regionCode, String category, String title, String level, String typeTag, String summary,
                        String link, LocalDate eventDate, LocalDate publishedOn) {
    }

    /** An attached PDF. */
    public record Pdf(String name, byte[] content) {
    }

    @Transactional
    public Publication publish(Input in, Pdf pdf) {
        PublicationInput checked = PublicationInput.check(in, pdf, LocalDate.now(clock));
        scope.require(checked.regionCode());
        regions.refuseRetired(checked.regionCode(), null);
        int days = settings.deadlineDays(checked.category().name(), checked.regionCode());
        LocalDate due = calendar.deadline(checked.eventDate(), days).deadline();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String by = PlatformUser.current().username();
        long id = jdbc.sql("""
                insert into disclosure_publication (region_code, category, title, level, type_tag, summary, link, pdf_name, pdf,
                    event_date, due_date, published_on, created_at, created_by, updated_at, updated_by)
                values (:region, :category, :title, :level, :tag, :summary, :link, :pdfName, :pdf, :event, :due, :published,
                    :now, :by, :now, :by) returning id""")
                .param("region", checked.regionCode()).param("category", checked.category().name()).param("title", checked.title())
                .param("level", checked.level() == null ? null : checked.level().name()).param("tag", checked.typeTag())
                .param("summary", checked.summary()).param("link", checked.link())
                .param("pdfName", pdf == null ? null : pdf.name()).param("pdf", pdf == null ? null : pdf.content())
                .param("event", checked.eventDate()).param("due", due).param("published", checked.publishedOn())
                .param("now", now).param("by", by).query(Long.class).single();
        return find(id).orElseThrow();
    }

    /** Withdraws a publication of the caller's scope (404 for another region's). */
    @Transactional
    public void withdraw(long id) {
        Publication p = find(id).orElseThrow(() -> PlatformException.notFound("disclosure.publication.notFound"));
        if (!scope.contains(p.regionCode())) {
            throw PlatformException.notFound("disclosure.publication.notFound");
        }
        jdbc.sql("delete from disclosure_publication where id = ?").param(id).update();
    }

    /** The caller's region's publications and below, newest first. */
    @Transactional(readOnly = true)
    public ListPage<Publication> inScope(PageCursor cursor) {
        String where = " where " + scope.condition("p.region_code");
        return cursor.page(c -> c.bind(scope.bind(jdbc.sql(SELECT + where + c.keyCondition("p.id") + c.orderAndLimit("p.id"))))
                        .query(Publications::row).list(), Publication::id,
                () -> scope.bind(jdbc.sql(ListPage.countSql("select 1 from disclosure_publication p" + where))).query(Long.class).single());
    }

    /**
     * The public list for {@code regionCode} (null: all): the region's own publications, its ancestors' (the province's
     * policies apply in its counties) and its subregions'; optionally one category. Newest first, keyset-paged.
     */
    @Transactional(readOnly = true)
    public ListPage<Publication> publicList(String regionCode, String category, PageCursor cursor) {
        String path = regionCode == null || regionCode.isBlank() ? "/000000/" : jdbc.sql("select path from region where code = ?")
                .param(regionCode.trim()).query(String.class).optional()
                .orElseThrow(() -> PlatformException.notFound("region.notFound", regionCode.trim()));
        String cat = category == null || category.isBlank() ? null
                : Labelled.parse(PublicationCategory.class, category, "类别").name();
        String where = " where (r.path like :path || '%' or :path like r.path || '%')" + (cat == null ? "" : " and p.category = :cat");
        return cursor.page(c -> {
            JdbcClient.StatementSpec s = c.bind(jdbc.sql(SELECT + where + c.keyCondition("p.id") + c.orderAndLimit("p.id")))
                    .param("path", path);
            return (cat == null ? s : s.param("cat", cat)).query(Publications::row).list();
        }, Publication::id, () -> {
            JdbcClient.StatementSpec s = jdbc.sql(ListPage.countSql("select 1 from disclosure_publication p join region r"
                    + " on r.code = p.region_code" + where)).param("path", path);
            return (cat == null ? s : s.param("cat", cat)).query(Long.class).single();
        });
    }

    public Optional<Publication> find(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(Publications::row).optional();
    }

    /** The attached PDF of a publication (public). */
    public Optional<Pdf> pdf(long id) {
        return jdbc.sql("select pdf_name, pdf from disclosure_publication where id = ? and pdf is not null").param(id)
                .query((rs, n) -> new Pdf(rs.getString(1), rs.getBytes(2))).optional();
    }

    static Publication row(ResultSet rs, int n) throws SQLException {
        PublicationCategory category = PublicationCategory.valueOf(rs.getString("category"));
        String level = rs.getString("level");
        return new Publication(rs.getLong("id"), rs.getString("region_code"), rs.getString("region_name"), category.name(),
                category.label(), rs.getString("title"), level, level == null ? null : PolicyLevel.valueOf(level).label(),
                rs.getString("type_tag"), rs.getString("summary"), rs.getString("link"), rs.getBoolean("has_pdf"),
                rs.getObject("event_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                rs.getObject("published_on", LocalDate.class));
    }
}
