package org.eldercare.oversight.disclosure.portal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.disclosure.PublicSections;
import org.eldercare.oversight.disclosure.site.SitePublication;
import org.eldercare.oversight.disclosure.site.SitePublications;
import org.eldercare.oversight.registry.PublicDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the portal shows: directory pages (briefly cached: the same search within {@code directory-cache-seconds} is
 * answered from memory, at most {@value #CACHE_MAX} searches kept) and a site's page assembled from the registry, the
 * site's own publication and the {@link PublicSections} beans.
 */
@Component
class Portal {

    static final int CACHE_MAX = 10_000;
    /** The sections the site page always has, with their titles, so a visitor sees 暂无 where no module publishes yet. */
    static final List<PublicSections.Section> EXPECTED = List.of(
            new PublicSections.Section("spot-checks", "双随机抽查结果", 100, List.of()),
            new PublicSections.Section("rectifications", "已办结的隐患整改", 200, List.of()),
            new PublicSections.Section("rating", "等级评定", 300, List.of()),
            new PublicSections.Section("credit", "信用信息", 400, List.of()));
    private static final Logger LOG = LoggerFactory.getLogger(Portal.class);
    private final PublicDirectory directory;
    private final SitePublications publications;
    private final ObjectProvider<PublicSections> sections;
    private final Cache<String, ListPage<PublicDirectory.Listing>> cache;

    Portal(PublicDirectory directory, SitePublications publications, ObjectProvider<PublicSections> sections,
           @Value("${eldercare.disclosure.directory-cache-seconds:10}") long cacheSeconds) {
        this.directory = directory;
        this.publications = publications;
        this.sections = sections;
        this.cache = Caffeine.newBuilder().maximumSize(CACHE_MAX).expireAfterWrite(Duration.ofSeconds(Math.max(0, cacheSeconds)))
                .build();
    }

    ListPage<PublicDirectory.Listing> search(PublicDirectory.Query query, PageCursor cursor) {
        return cache.get(query + "|" + cursor, k -> directory.search(query, cursor));
    }

    List<PublicDirectory.Kind> kinds() {
        return directory.kinds();
    }

    /** The public page of a filed site; 404 for any other id. */
    PublicSite site(long id) {
        PublicDirectory.Site facts = directory.site(id).orElseThrow(() -> PlatformException.notFound("disclosure.site.notPublic"));
        Optional<SitePublication> own = publications.published(id, facts.name());
        PublicSite.Notice notice = own.map(p -> new PublicSite.Notice(p.serviceItems(), p.houseRules(), p.complaintPhone(),
                p.publishedOn())).orElse(null);
        return new PublicSite(facts, notice, own.map(SitePublication::fees).orElse(List.of()), sectionsFor(id));
    }

    /** Every bean's section, ordered; the expected ones nobody provides appear empty. */
    List<PublicSections.Section> sectionsFor(long id) {
        List<PublicSections.Section> found = new ArrayList<>();
        for (PublicSections bean : sections.orderedStream().toList()) {
            try {
                bean.sectionFor(id).ifPresent(found::add);
            } catch (RuntimeException e) {
                LOG.warn("public section of {} failed for site {}", bean.getClass().getName(), id, e);
            }
        }
        for (PublicSections.Section expected : EXPECTED) {
            if (found.stream().noneMatch(s -> s.key().equals(expected.key()))) {
                found.add(expected);
            }
        }
        found.sort(Comparator.comparingInt(PublicSections.Section::order));
        return found;
    }
}
