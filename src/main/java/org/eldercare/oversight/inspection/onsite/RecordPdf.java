package org.eldercare.oversight.inspection.onsite;

import java.util.Map;
import org.eldercare.oversight.common.PdfDocuments;
import org.eldercare.oversight.inspection.inspector.Inspectors;
import org.eldercare.oversight.inspection.task.TaskView;
import org.eldercare.oversight.inspection.task.Tasks;
import org.springframework.stereotype.Component;

/** The printable 现场检查记录 (INS-5): the site's name, the task, every item with its result and note, the signature images. */
@Component
public class RecordPdf {

    private final OnSite onSite;
    private final Tasks tasks;
    private final Inspectors inspectors;
    private final PdfDocuments pdf;

    RecordPdf(OnSite onSite, Tasks tasks, Inspectors inspectors, PdfDocuments pdf) {
        this.onSite = onSite;
        this.tasks = tasks;
        this.inspectors = inspectors;
        this.pdf = pdf;
    }

    public byte[] render(long taskId) {
        var task = tasks.load(taskId);
        InspectionRecord r = onSite.current(taskId).orElseThrow(() -> org.eldercare.oversight.common.PlatformException
                .notFound("inspection.record.notStarted"));
        var signatures = onSite.signatures(r.id());
        return pdf.render("inspection/record-pdf", Map.of("task", TaskView.of(task, inspectors.findAll(task.inspectorIds())),
                "record", RecordView.of(r, onSite.photos(r.id()), signatures), "signatures", signatures));
    }

    static String fileName(long taskId) {
        return "现场检查记录-" + taskId + ".pdf";
    }
}
