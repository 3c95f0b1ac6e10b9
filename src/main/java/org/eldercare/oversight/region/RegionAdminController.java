package org.eldercare.oversight.region;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eldercare.oversight.common.UploadedText;
import org.eldercare.oversight.region.DivisionFiles.Source;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 行政区划管理 (system administrator): the tree of the admin's region, each level loaded when it is opened (htmx), a search
 * by name or code, and the import of division lists.
 */
@Controller
@RequestMapping("/admin/regions")
class RegionAdminController {

    private final RegionService regions;

    RegionAdminController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping
    String tree(@RequestParam(required = false) String q, Model model) {
        page(model, q);
        return "region/tree";
    }

    /** The children of an opened node (fragment). */
    @GetMapping("/{code}/children")
    String children(@PathVariable String code, Model model) {
        model.addAttribute("nodes", regions.childrenInScope(code));
        return "region/tree :: nodes";
    }

    /** Search results (fragment), as the search box is typed into. */
    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("search", regions.search(q));
        return "region/tree :: results";
    }

    @PostMapping("/import")
    String importLists(@RequestParam(name = "file", required = false) List<MultipartFile> files,
                       @RequestParam(defaultValue = "false") boolean complete, Model model) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (!f.isEmpty()) {
                sources.add(new Source(f.getOriginalFilename() == null ? "上传文件" : f.getOriginalFilename(),
                        UploadedText.decode(f.getBytes()).text()));
            }
        }
        model.addAttribute("result", sources.isEmpty()
                ? RegionService.ImportResult.refused(List.of("请选择要导入的CSV文件")) : regions.importFiles(sources, complete));
        page(model, null);
        return "region/tree";
    }

    private void page(Model model, String q) {
        Region root = regions.rootInScope();
        model.addAttribute("root", root);
        model.addAttribute("nodes", regions.childrenInScope(root.code()));
        model.addAttribute("search", regions.search(q));
    }
}
