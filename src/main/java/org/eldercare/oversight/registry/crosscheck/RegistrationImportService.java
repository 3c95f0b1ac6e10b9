package org.eldercare.oversight.registry.crosscheck;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.registry.archive.Caller;
import org.eldercare.oversight.registry.archive.RegistrySettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * REG-4 registration–filing cross-check. Keeps the registrations whose scope mentions 养老, matches them to the
 * registry by code and classifies them; lists operating registry entries no registration matched (疑似未登记但实际开展
 * when the file is declared complete for their registrar, else 本次登记数据中未找到); opens a verification lead for each
 * 登记未备案 registration, placed in its township.
 */
@Service
public class RegistrationImportService {

    private final DataScope scope;
    private final RegionService regions;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final RegistrySettings settings;
    private final Messages messages;
    private final ImportRecords records;
    private final VerificationLeadRepository leads;

    RegistrationImportService(DataScope scope, RegionService regions, Clock clock, WorkingDayCalendar calendar,
                              RegistrySettings settings, Messages messages, ImportRecords records, VerificationLeadRepository leads) {
        this.scope = scope;
        this.regions = regions;
        this.clock = clock;
        this.calendar = calendar;
        this.settings = settings;
        this.messages = messages;
        this.records = records;
        this.leads = leads;
    }

    /** What an upload produced. */
    public record Outcome(long importId, String encoding, int totalRows, int keptRows, int skippedRows, List<BadRow> badRows,
                          Map<String, Integer> counts) {
    }

    /**
     * Imports a registration file and classifies its rows. A file with bad rows is refused as a whole
     * ({@link BadRowsRefused}) unless {@code acceptGoodRows}, when the bad rows are left out. {@code completeFor} (blank:
     * a partial file) names the registrar whose registrations in the region the file lists completely.
     */
    @Transactional
    public Outcome importFile(String filename, byte[] content, boolean acceptGoodRows, String completeFor) {
        Caller caller = Caller.current();
        if (!caller.supervisor()) {
            throw PlatformException.forbidden("error.forbidden");
        }
        if (content == null || content.length == 0) {
            throw PlatformException.badRequest("registry.import.empty");
        }
        Registrar complete = Labelled.parseOr(Registrar.class, completeFor, "完整数据的登记机关", null);
        Region home = scope.currentRegion().orElseThrow(() -> PlatformException.forbidden("error.forbidden"));
        RegistrationRows rows = RegistrationRows.read(content, messages::of);
        if (!rows.badRows().isEmpty() && !acceptGoodRows) {
            throw new BadRowsRefused(rows.badRows());
        }
        Instant now = Instant.now(clock);
        long importId = records.saveImport(filename, rows, complete, home.code(), caller.name(), now);
        CrossCheck.Result result = CrossCheck.against(records.registryInScope()).classify(rows.candidates(), complete);
        List<Region> inScope = regions.subtreeInScope();
        Set<String> inScopeCodes = inScope.stream().map(Region::code).collect(Collectors.toSet()); // one query, not one per row
        // a lead goes to a current place: a retired (撤销) township's name in an address sends it no lead
        LeadPlaces places = new LeadPlaces(inScope.stream().filter(r -> !r.retired()).toList(), inScopeCodes::contains, home);
        Jurisdiction jurisdiction = new Jurisdiction(inScopeCodes::contains, records.counties(), inScope, regions::find);
        for (CrossCheck.Classified row : result.rows()) {
            boolean unfiled = row.classification() == Classification.UNFILED;
            Optional<Region> elsewhere = unfiled && row.matched().isEmpty() ? jurisdiction.elsewhere(row.candidate()) : Optional.empty();
            long rowId = records.saveRow(importId, row, elsewhere.map(Region::name).orElse(null));
            if (unfiled && elsewhere.isEmpty()) {
                openLead(importId, rowId, row, places, now);
            }
        }
        result.unregistered().forEach(e -> records.saveUnlisted(importId, e, Classification.UNREGISTERED));
        result.notInFile().forEach(e -> records.saveUnlisted(importId, e, Classification.NOT_IN_FILE));
        return new Outcome(importId, rows.encoding(), rows.totalRows(), rows.candidates().size(), rows.skippedRows(),
                rows.badRows(), result.counts());
    }

    /** A 登记未备案 registration goes to its place to verify on site, due within the region's lead deadline. */
    private void openLead(long importId, long rowId, CrossCheck.Classified row, LeadPlaces places, Instant now) {
        RegistrationRows.Candidate c = row.candidate();
        String code = row.matched().map(CrossCheck.Entry::regionCode).orElseGet(() -> places.regionFor(c));
        Region region = regions.find(code).orElse(places.home());
        Deadline due = calendar.deadline(LocalDate.now(clock), settings.value(region.code(), RegistrySettings.LEAD_DEADLINE));
        leads.save(VerificationLead.open(importId, rowId, row.matched().map(CrossCheck.Entry::id).orElse(null), c.uscc().value(),
                c.name(), c.address(), region.code(), region.level() == Region.TOWNSHIP, due, now));
    }
}
