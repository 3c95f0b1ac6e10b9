package org.eldercare.oversight.credit.codes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.credit.listing.ListingQueries;
import org.eldercare.oversight.credit.record.CreditCodes;
import org.eldercare.oversight.credit.record.CreditEntry;
import org.eldercare.oversight.credit.record.CreditLedger;
import org.eldercare.oversight.credit.record.GradeBook;
import org.eldercare.oversight.credit.record.Grading;
import org.springframework.stereotype.Component;

/** Builds a code's credit view within the caller's scope (404 outside it) and streams its entries. */
@Component
class CodeCredit {

    private static final int EXPORT_CHUNK = 500;
    private final CreditCodes codes;
    private final CreditLedger ledger;
    private final GradeBook grades;
    private final ListingQueries listings;

    CodeCredit(CreditCodes codes, CreditLedger ledger, GradeBook grades, ListingQueries listings) {
        this.codes = codes;
        this.ledger = ledger;
        this.grades = grades;
        this.listings = listings;
    }

    /** A site of the code the caller may see. */
    record Site(long id, String name, String regionCode, String kindLabel) {
    }

    /**
     * The code's credit: {@code grade} with its explanation (lines summing to the score) and {@code checksPerYear} (INS-3);
     * {@code onList}: on a 失信 list now; {@code entries} the first page of its record; {@code listings} its procedures.
     */
    record View(String uscc, String name, List<Site> sites, Grading.Grade grade, boolean onList, ListPage<CreditEntry> entries,
                List<ListingQueries.Row> listings) {
    }

    View view(String uscc, PageCursor cursor) {
        CreditCodes.Code code = codes.requireVisible(uscc);
        List<Site> sites = code.sites().stream().map(s -> new Site(s.id(), s.name(), s.regionCode(), s.kindLabel())).toList();
        return new View(code.uscc(), code.name(), sites, grades.explain(code.uscc(), code.regionCode()),
                !listings.inForce(code.uscc()).isEmpty(), ledger.page(code.uscc(), cursor), listings.ofCode(code.uscc()));
    }

    ListPage<CreditEntry> entries(String uscc, PageCursor cursor) {
        return ledger.page(codes.requireVisible(uscc).uscc(), cursor);
    }

    /** The code's entries as .xlsx, written chunk by chunk (the scope is checked before the first byte). */
    void export(String uscc, HttpServletResponse response) throws IOException {
        CreditCodes.Code code = codes.requireVisible(uscc);
        Downloads.excel(response, "信用记录-" + code.uscc() + ".xlsx", "信用记录",
                List.of("编号", "统一社会信用代码", "类型", "发生日期", "来源", "来源记录", "分值", "有效期至", "录入部门", "说明", "冲正记录", "录入人", "录入时间"),
                rows -> ledger.each(code.uscc(), EXPORT_CHUNK, chunk -> rows.add(chunk.stream().map(CodeCredit::row).toList())));
    }

    private static List<Object> row(CreditEntry e) {
        List<Object> r = new ArrayList<>();
        r.add(e.id());
        r.add(e.uscc());
        r.add(e.kind().label());
        r.add(e.occurredOn().toString());
        r.add(e.sourceModule());
        r.add(e.sourceRef());
        r.add(e.points());
        r.add(e.expiresOn().toString());
        r.add(e.departmentCode() == null ? "" : e.departmentCode());
        r.add(e.note() == null ? "" : e.note());
        r.add(e.reversesId() == null ? "" : e.reversesId());
        r.add(e.recordedBy());
        r.add(e.recordedAt() == null ? "" : e.recordedAt().toString());
        return r;
    }
}
