package org.eldercare.oversight.inspection.spotcheck;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** 一公开 without login (INS-4): the drawn plans, their selected sites and results; no personal data. */
@Controller
@Tag(name = "双随机抽查公示")
class PublicSpotCheckController {

    private final PublicSpotChecks published;

    PublicSpotCheckController(PublicSpotChecks published) {
        this.published = published;
    }

    @GetMapping("/api/v1/public/spot-checks")
    @ResponseBody
    @Operation(summary = "公示的双随机抽查：计划、抽中的服务场所（名称、区划）及检查结果，种子、算法与哈希供任何人复核；不含个人信息")
    ListPage<PublicSpotChecks.PublicPlan> list(@RequestParam(required = false) String cursor,
                                               @RequestParam(required = false) Integer size) {
        return published.page(PageCursor.of(cursor, size, 10));
    }

    @GetMapping("/public/spot-checks")
    String page(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("result", published.page(PageCursor.of(cursor, null, 10)));
        return "inspection/public-spot-checks";
    }
}
