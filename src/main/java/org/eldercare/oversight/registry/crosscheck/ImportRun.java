package org.eldercare.oversight.registry.crosscheck;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.identity.SystemUser;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.registry.archive.RegistrySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background half of a registration import (REG-4, #9 item 8), run by the job {@link ImportJob}: reads the stored
 * file again, classifies its registrations against the registry of the import's region and stores them {@value #BATCH}
 * at a time, each batch in one transaction with its leads, their to-dos and the progress counter. A run cut short (a
 * restart, another node taking over) resumes after the last committed batch; a finished import is left alone. Runs as a
 * system principal scoped to the import's region, so the registry and regions in scope are the uploader's.
 */
@Component
class ImportRun {

    /** Registrations stored per transaction: progress moves in these steps. */
    static final int BATCH = 2_000;
    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    private final ImportRecords records;
    private final OpenLeads leads;
    private final RegionService regions;
    private final WorkingDayCalendar calendar;
    private final RegistrySettings settings;
    private final Messages messages;
    private final Clock clock;
    private final TransactionTemplate tx;

    ImportRun(ImportRecords records, OpenLeads leads, RegionService regions, WorkingDayCalendar calendar, RegistrySettings settings,
              Messages messages, Clock clock, TransactionTemplate tx) {
        this.records = records;
        this.leads = leads;
        this.regions = regions;
        this.calendar = calendar;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        this.tx = tx;
    }

    /** Runs (or resumes) import {@code importId}; a refusal of its data fails the import with the Chinese reason. */
    void run(long importId) {
        ImportRecords.Job job = records.job(importId).orElse(null);
        if (job == null || job.status().finished()) {
            return;
        }
        try {
            SystemUser.runAs(principal(job), () -> process(job));
        } catch (PlatformException e) {
            fail(importId, messages.of(e));
        }
    }

    /** Gives up on the import (the job failed every retry): the reason shows on its page and in the status resource. */
    void fail(long importId, String reason) {
        log.warn("registration import {} failed: {}", importId, reason);
        records.fail(importId, reason, Instant.now(clock));
    }

    private static PlatformUser principal(ImportRecords.Job job) {
        return new PlatformUser(0L, job.importedBy(), "登记数据导入（后台）", Set.of(Role.SUPERVISOR), job.regionCode(), null, null,
                false, null);
    }

    private void process(ImportRecords.Job job) {
        records.markProcessing(job.id(), Instant.now(clock));
        RegistrationRows rows = RegistrationRows.read(records.file(job.id()), messages::of);
        CrossCheck.Result result = CrossCheck.against(records.registryInScope()).classify(rows.candidates(), job.completeFor());
        LeadRouting routing = routing(job.regionCode());
        List<CrossCheck.Classified> all = result.rows();
        for (int from = job.rowsDone(); from < all.size(); from += BATCH) {
            int start = from;
            List<CrossCheck.Classified> batch = all.subList(start, Math.min(start + BATCH, all.size()));
            tx.executeWithoutResult(status -> saveBatch(job.id(), start, batch, routing));
        }
        tx.executeWithoutResult(status -> {
            records.saveUnlisted(job.id(), result.unregistered(), Classification.UNREGISTERED);
            records.saveUnlisted(job.id(), result.notInFile(), Classification.NOT_IN_FILE);
            records.finish(job.id(), Instant.now(clock));
        });
    }

    private LeadRouting routing(String regionCode) {
        Region home = regions.find(regionCode).orElseThrow(() -> PlatformException.notFound("region.notFound", regionCode));
        LocalDate today = LocalDate.now(clock);
        return new LeadRouting(home, regions.subtreeInScope(), records.counties(), regions::find,
                code -> calendar.deadline(today, settings.value(code, RegistrySettings.LEAD_DEADLINE)));
    }

    /**
     * Stores registrations {@code from}… of the file: each 登记未备案 one of this jurisdiction gets a lead, unless its code
     * has an open lead already (then the row points to that lead and counts as already open).
     */
    private void saveBatch(long importId, int from, List<CrossCheck.Classified> batch, LeadRouting routing) {
        List<String> unfiled = batch.stream().filter(LeadRouting::unfiled).map(r -> r.candidate().uscc().value()).toList();
        Map<String, Long> open = leads.openFor(unfiled);
        List<ImportRecords.NewRow> stored = new ArrayList<>(batch.size());
        for (CrossCheck.Classified row : batch) {
            String elsewhere = routing.elsewhere(row).map(Region::name).orElse(null);
            Long openLead = LeadRouting.unfiled(row) && elsewhere == null ? open.get(row.candidate().uscc().value()) : null;
            stored.add(new ImportRecords.NewRow(row, elsewhere, openLead));
        }
        Map<Integer, Long> rowIds = records.saveRows(importId, stored);
        List<LeadRouting.NewLead> toOpen = stored.stream()
                .filter(n -> LeadRouting.unfiled(n.row()) && n.outOfJurisdiction() == null && n.openLeadId() == null)
                .map(n -> routing.lead(rowIds.get(n.row().candidate().line()), n.row()))
                .toList();
        int opened = leads.open(importId, toOpen, Instant.now(clock));
        int alreadyOpen = (int) stored.stream().filter(n -> n.openLeadId() != null).count() + toOpen.size() - opened;
        records.progress(importId, from, from + batch.size(), alreadyOpen);
    }
}
