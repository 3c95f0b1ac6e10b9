package org.eldercare.oversight.complaint.intake;

import java.util.ArrayList;
import java.util.List;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.TabularFile;
import org.eldercare.oversight.complaint.handling.Category;
import org.eldercare.oversight.complaint.handling.Channel;
import org.eldercare.oversight.complaint.handling.ComplaintIntake;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import of 12345 work orders (CMP-1): an Excel or CSV file ({@link TabularFile}) with the columns of {@link #HEADERS},
 * one complaint per row (channel 12345转办). All or nothing: a file with a bad row saves nothing and the answer lists every
 * bad row with its line number in the file.
 */
@Service
class WorkOrderImport {

    static final List<String> HEADERS = List.of("工单编号", "诉求分类", "被投诉机构ID", "地址", "区划代码", "诉求摘要", "诉求内容", "来电人",
            "联系电话");
    static final int MAX_ROWS = 2_000;
    private final ComplaintIntake intake;
    private final Messages messages;

    WorkOrderImport(ComplaintIntake intake, Messages messages) {
        this.intake = intake;
        this.messages = messages;
    }

    /** A line that could not be imported: its number in the file and why. */
    record BadRow(int line, String reason) {
    }

    /** Imports every row or none; returns the tracking codes of the new complaints. */
    @Transactional
    List<String> run(byte[] file) {
        if (!PlatformUser.current().has(Role.SUPERVISOR)) {
            throw PlatformException.forbidden("complaint.supervisorOnly");
        }
        List<TabularFile.Line> lines = TabularFile.read(file).lines().stream().filter(l -> !l.blank()).toList();
        if (lines.isEmpty() || !lines.get(0).cells().stream().map(String::trim).toList().containsAll(HEADERS.subList(0, 7))) {
            throw PlatformException.badRequest("complaint.import.header", String.join("、", HEADERS));
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw PlatformException.badRequest("complaint.import.tooMany", String.valueOf(MAX_ROWS));
        }
        List<String> header = lines.get(0).cells().stream().map(String::trim).toList();
        List<BadRow> bad = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (TabularFile.Line line : lines.subList(1, lines.size())) {
            try {
                codes.add(intake.register(submission(header, line), PlatformUser.current().username()).trackingCode());
            } catch (PlatformException e) {
                bad.add(new BadRow(line.lineNo(), messages.of(e)));
            }
        }
        if (!bad.isEmpty()) {
            throw PlatformException.badRequestListing("complaint.import.badRows",
                    bad.stream().map(b -> "第" + b.line() + "行：" + b.reason()).toList(), String.valueOf(bad.size()));
        }
        return codes;
    }

    private static ComplaintIntake.Submission submission(List<String> header, TabularFile.Line line) {
        Category category = Category.byNameOrLabel(cell(header, line, "诉求分类"))
                .orElseThrow(() -> PlatformException.badRequest("field.invalid", "诉求分类"));
        String site = cell(header, line, "被投诉机构ID");
        Long institution;
        try {
            institution = site.isBlank() ? null : Long.valueOf(site.trim());
        } catch (NumberFormatException e) {
            throw PlatformException.badRequest("field.invalid", "被投诉机构ID");
        }
        String name = cell(header, line, "来电人");
        return new ComplaintIntake.Submission(Channel.TRANSFER_12345, category, institution, cell(header, line, "地址"),
                cell(header, line, "区划代码"), cell(header, line, "诉求摘要"), cell(header, line, "诉求内容"), name.isBlank(), name,
                cell(header, line, "联系电话"), required(cell(header, line, "工单编号")));
    }

    private static String required(String workOrder) {
        if (workOrder.isBlank()) {
            throw PlatformException.badRequest("field.required", "工单编号");
        }
        return workOrder;
    }

    private static String cell(List<String> header, TabularFile.Line line, String column) {
        int i = header.indexOf(column);
        return i < 0 ? "" : line.cell(i).trim();
    }
}
