package org.eldercare.oversight.workforce.staff;

import java.io.IOException;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.workforce.access.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** WRK-1 import page: upload a staff file; bad rows are listed by line, and nothing is imported unless chosen so. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
class StaffImportController {

    private final StaffImport imports;
    private final PagePosts posts;

    StaffImportController(StaffImport imports, PagePosts posts) {
        this.imports = imports;
        this.posts = posts;
    }

    @GetMapping("/workforce/imports")
    String page(Model model) {
        model.addAttribute("caller", Caller.current());
        model.addAttribute("columns", StaffFile.COLUMNS);
        return "workforce/imports";
    }

    @PostMapping("/workforce/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String institution,
                  @RequestParam(defaultValue = "false") boolean acceptGoodRows, Model model) throws IOException {
        try {
            model.addAttribute("outcome", imports.importFile(institution, file == null ? null : file.getBytes(), acceptGoodRows));
        } catch (BadRowsRefused e) {
            model.addAttribute("badRows", e.badRows());
            model.addAttribute(PagePosts.ERROR, posts.reason(e));
        } catch (PlatformException e) {
            model.addAttribute(PagePosts.ERROR, posts.reason(e));
        }
        model.addAttribute("institution", institution);
        return page(model);
    }
}
