package org.eldercare.oversight.complaint.figures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.Downloads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** Complaint statistics for supervisors: the page, the workbench card (htmx fragment), the Excel export and the JSON. */
@Controller
@Tag(name = "投诉统计")
@PreAuthorize("hasRole('SUPERVISOR')")
class FiguresController {

    private static final List<String> HEADERS = List.of("分组", "项目", "投诉件数", "按期反馈", "应反馈", "按期反馈率（%）", "属实");
    private final ComplaintFigures figures;
    private final JsonMapper json;

    FiguresController(ComplaintFigures figures, JsonMapper json) {
        this.figures = figures;
        this.json = json;
    }

    @GetMapping("/complaints/figures")
    String page(@RequestParam(required = false) String region, Model model) {
        ComplaintFigures.Report report = figures.of(region);
        model.addAttribute("report", report);
        model.addAttribute("chartData", chartData(report));
        Map<String, List<ComplaintFigures.Line>> groups = new java.util.LinkedHashMap<>();
        groups.put("按区划", report.regions());
        groups.put("按类别", report.categories());
        groups.put("按月份", report.months());
        groups.put("按服务场所（前20）", report.institutions());
        model.addAttribute("groups", groups);
        return "complaint/figures";
    }

    @GetMapping("/complaints/workbench-card")
    String card(Model model) {
        ComplaintFigures.Report report = figures.of(null);
        model.addAttribute("report", report);
        model.addAttribute("chartData", chartData(report));
        return "complaint/card :: card";
    }

    @GetMapping("/api/v1/complaints/figures")
    @ResponseBody
    @Operation(summary = "投诉统计：近12个月按区划、类别、月份、服务场所的件数与5个工作日内反馈率")
    ComplaintFigures.Report api(@RequestParam(required = false) String region) {
        return figures.of(region);
    }

    @GetMapping("/complaints/figures.xlsx")
    void excel(@RequestParam(required = false) String region, HttpServletResponse response) throws IOException {
        ComplaintFigures.Report r = figures.of(region);
        Downloads.excel(response, "投诉统计-" + r.regionName() + "-" + r.to() + ".xlsx", "投诉统计", HEADERS, rows -> {
            rows.add(lines("合计", List.of(r.total())));
            rows.add(lines("区划", r.regions()));
            rows.add(lines("类别", r.categories()));
            rows.add(lines("月份", r.months()));
            rows.add(lines("服务场所", r.institutions()));
        });
    }

    private static List<List<Object>> lines(String group, List<ComplaintFigures.Line> lines) {
        List<List<Object>> rows = new ArrayList<>();
        for (ComplaintFigures.Line l : lines) {
            rows.add(java.util.Arrays.asList(group, l.name(), l.total(), l.inTime(), l.due(), l.inTimePercent(), l.upheld()));
        }
        return rows;
    }

    private String chartData(ComplaintFigures.Report r) {
        return json.writeValueAsString(Map.of("months", r.months().stream().map(ComplaintFigures.Line::key).toList(),
                "counts", r.months().stream().map(ComplaintFigures.Line::total).toList(),
                "inTime", r.months().stream().map(ComplaintFigures.Line::inTimePercent).toList()));
    }
}
