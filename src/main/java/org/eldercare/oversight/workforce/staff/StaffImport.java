package org.eldercare.oversight.workforce.staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.codes.IdNumber;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing an institution's staff from a CSV or Excel file (WRK-1): every row is checked as a hiring would be — the
 * number, the national ban register (each check audited), the person, an employment there already, a number twice in the
 * file — before anything is written. A file with bad rows imports nothing and lists them by line, unless the uploader
 * chose to import only the good rows.
 */
@Service
public class StaffImport {

    /** The most rows one file may hold. */
    static final int MAX_ROWS = 2_000;
    private final Workplaces workplaces;
    private final Hiring hiring;
    private final Messages messages;

    StaffImport(Workplaces workplaces, Hiring hiring, Messages messages) {
        this.workplaces = workplaces;
        this.hiring = hiring;
        this.messages = messages;
    }

    /** What an import did: rows read, employments made, rows left out with their lines. */
    public record Outcome(String institutionName, int totalRows, int imported, List<BadRow> badRows) {
    }

    /**
     * Imports {@code content} for the institution {@code uscc} (an institution account: blank means its own). Refused as a
     * whole ({@link BadRowsRefused}) when a row is bad, unless {@code acceptGoodRows}.
     */
    @Transactional
    public Outcome importFile(String uscc, byte[] content, boolean acceptGoodRows) {
        InstitutionRoster.Entry institution = workplaces.maintainable(uscc);
        if (content == null || content.length == 0) {
            throw PlatformException.badRequest("workforce.import.empty");
        }
        StaffRows rows;
        try {
            rows = StaffRows.read(content);
        } catch (RuntimeException e) {
            throw PlatformException.badRequest("workforce.import.unreadable");
        }
        if (rows.totalRows() == 0) {
            throw PlatformException.badRequest("workforce.import.noRows");
        }
        if (rows.totalRows() > MAX_ROWS) {
            throw PlatformException.badRequest("workforce.import.tooMany", String.valueOf(MAX_ROWS));
        }
        List<BadRow> bad = new ArrayList<>(rows.badRows());
        List<Checked> good = check(institution, rows.rows(), bad);
        bad.sort((a, b) -> Integer.compare(a.line(), b.line()));
        if (!bad.isEmpty() && !acceptGoodRows) {
            throw new BadRowsRefused(bad);
        }
        good.forEach(c -> hiring.hireChecked(institution, c.row().hire(), c.checked()));
        return new Outcome(institution.name(), rows.totalRows(), good.size(), List.copyOf(bad));
    }

    private record Checked(StaffRows.Row row, Hiring.Checked checked) {
    }

    private List<Checked> check(InstitutionRoster.Entry institution, List<StaffRows.Row> rows, List<BadRow> bad) {
        List<Checked> good = new ArrayList<>();
        Map<IdNumber, Integer> seen = new HashMap<>();
        for (StaffRows.Row row : rows) {
            try {
                Hiring.Checked c = hiring.check(institution, row.hire());
                Integer first = seen.putIfAbsent(c.id(), row.line());
                if (first != null) {
                    bad.add(new BadRow(row.line(), "公民身份号码与第" + first + "行重复"));
                } else {
                    good.add(new Checked(row, c));
                }
            } catch (PlatformException e) {
                bad.add(new BadRow(row.line(), messages.of(e)));
            }
        }
        return good;
    }
}
