package org.eldercare.oversight.region;

import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 行政区划管理: the tree within the admin's scope and CSV import. */
@Controller
@RequestMapping("/admin/regions")
class RegionAdminController {

    private final RegionService regions;

    RegionAdminController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("regions", regions.subtreeInScope());
        return "region/tree";
    }

    @PostMapping("/import")
    String importCsv(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        RegionService.ImportResult result = file == null || file.isEmpty()
                ? new RegionService.ImportResult(0, List.of("请选择要导入的CSV文件"))
                : regions.importCsv(file.getBytes());
        model.addAttribute("result", result);
        model.addAttribute("regions", regions.subtreeInScope());
        return "region/tree";
    }
}
