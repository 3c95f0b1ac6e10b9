package org.eldercare.oversight.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The holiday notices shipped with the platform (classpath {@code holidays/*.json}), loaded at start-up. A year not
 * stored yet is stored; a bundled year whose shipped content changed (a corrected notice in an upgrade) replaces the
 * stored one; a year an administrator uploaded is kept. Loading a year recomputes the deadlines it affects, exactly
 * as an upload does.
 */
@Component
@Order(1)
class BundledHolidays implements ApplicationRunner {

    static final String LOCATION = "classpath*:holidays/*.json";
    private static final Logger log = LoggerFactory.getLogger(BundledHolidays.class);
    private final HolidayStore store;
    private final WorkingDayCalendar calendar;
    private final DeadlineTracker tracker;

    BundledHolidays(HolidayStore store, WorkingDayCalendar calendar, DeadlineTracker tracker) {
        this.store = store;
        this.calendar = calendar;
        this.tracker = tracker;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        load(Arrays.asList(new PathMatchingResourcePatternResolver().getResources(LOCATION)));
    }

    /** Loads each bundled file that is new or changed, then recomputes the deadlines each affects; returns the years loaded. */
    List<Integer> load(List<Resource> resources) throws IOException {
        List<Integer> loaded = new ArrayList<>();
        for (Resource r : resources) {
            HolidayYear year = parse(r);
            if (shouldLoad(year)) {
                store.replace(year, HolidaySource.BUNDLED, "system");
                loaded.add(year.year());
                log.info("Loaded bundled holidays for {}", year.year());
            }
        }
        calendar.reload();
        for (int year : loaded) {
            int recomputed = tracker.recomputeAffectedBy(year);
            log.info("Recomputed {} tracked deadlines after loading the holidays of {}", recomputed, year);
        }
        return loaded;
    }

    private boolean shouldLoad(HolidayYear year) {
        Optional<HolidaySource> stored = store.source(year.year());
        if (stored.isEmpty()) {
            return true;
        }
        if (store.sameAsStored(year)) {
            return false;
        }
        if (stored.get() == HolidaySource.UPLOADED) {
            log.warn("Bundled holidays for {} differ from the year an administrator uploaded; the upload is kept", year.year());
            return false;
        }
        return true;
    }

    private static HolidayYear parse(Resource r) throws IOException {
        byte[] content;
        try (InputStream in = r.getInputStream()) {
            content = in.readAllBytes();
        }
        HolidayYear.Parsed parsed = HolidayYear.parse(content);
        if (!parsed.ok()) {
            throw new IllegalStateException("bundled holiday file " + r.getFilename() + " is invalid: " + parsed.errors());
        }
        return parsed.year();
    }
}
