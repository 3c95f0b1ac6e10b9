package org.eldercare.oversight.registry.crosscheck;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eldercare.oversight.common.BackgroundJobs;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.registry.archive.Caller;
import org.eldercare.oversight.registry.archive.RegistrySettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * REG-4 registration–filing cross-check, the upload (#9 item 8). The file is read and checked while the uploader waits —
 * an unreadable file, missing columns, more rows than the region's limit ({@link RegistrySettings#IMPORT_MAX_ROWS}) or
 * bad rows (unless the good rows are accepted) are refused and nothing is stored — then stored with a queued import and
 * its background job ({@link ImportJob}), all in one transaction. The job keeps the registrations whose scope mentions
 * 养老, matches them to the registry by code and classifies them, and opens a lead for each 登记未备案 one ({@link ImportRun}).
 */
@Service
public class RegistrationImportService {

    private final DataScope scope;
    private final Clock clock;
    private final RegistrySettings settings;
    private final Messages messages;
    private final ImportRecords records;
    private final BackgroundJobs jobs;
    private final OneTimeTask<Void> importTask;

    RegistrationImportService(DataScope scope, Clock clock, RegistrySettings settings, Messages messages, ImportRecords records,
                              BackgroundJobs jobs, OneTimeTask<Void> registrationImportTask) {
        this.scope = scope;
        this.clock = clock;
        this.settings = settings;
        this.messages = messages;
        this.records = records;
        this.jobs = jobs;
        this.importTask = registrationImportTask;
    }

    /** An upload accepted and queued: what the file holds; the classes follow when the job is done. */
    public record Accepted(long importId, ImportStatus status, String encoding, int totalRows, int keptRows, int skippedRows,
                           List<BadRow> badRows) {
    }

    /**
     * Checks and queues a registration file. A file with bad rows is refused as a whole ({@link BadRowsRefused}) unless
     * {@code acceptGoodRows}, when the bad rows are left out. {@code completeFor} (blank: a partial file) names the
     * registrar whose registrations in the region the file lists completely.
     */
    @Transactional
    public Accepted upload(String filename, byte[] content, boolean acceptGoodRows, String completeFor) {
        Caller caller = Caller.current();
        if (!caller.supervisor()) {
            throw PlatformException.forbidden("error.forbidden");
        }
        if (content == null || content.length == 0) {
            throw PlatformException.badRequest("registry.import.empty");
        }
        Registrar complete = Labelled.parseOr(Registrar.class, completeFor, "完整数据的登记机关", null);
        Region home = scope.currentRegion().orElseThrow(() -> PlatformException.forbidden("error.forbidden"));
        int maxRows = settings.value(home.code(), RegistrySettings.IMPORT_MAX_ROWS);
        RegistrationRows rows = RegistrationRows.read(content, messages::of, maxRows);
        if (!rows.badRows().isEmpty() && !acceptGoodRows) {
            throw new BadRowsRefused(rows.badRows());
        }
        long importId = records.saveQueued(filename, rows, complete, acceptGoodRows, home.code(), caller.name(), Instant.now(clock),
                content);
        jobs.enqueue(importTask.instance(String.valueOf(importId)));
        return new Accepted(importId, ImportStatus.QUEUED, rows.encoding(), rows.totalRows(), rows.candidates().size(),
                rows.skippedRows(), rows.badRows());
    }
}
