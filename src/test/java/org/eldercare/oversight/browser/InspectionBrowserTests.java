package org.eldercare.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.MediaType;

/** INS-5 in a real browser at phone size: a checklist through to a record signed on screen by three people. */
class InspectionBrowserTests extends BrowserTest {

    private static final String STROKE = """
            var c = arguments[0]; c.scrollIntoView({block: 'center'}); var r = c.getBoundingClientRect();
            function ev(t, x, y) {
              c.dispatchEvent(new PointerEvent(t, {clientX: r.left + x, clientY: r.top + y, bubbles: true, pointerId: 1,
                                                  pointerType: 'pen', isPrimary: true}));
            }
            ev('pointerdown', 20, 30); ev('pointermove', 80, 70); ev('pointermove', 140, 40); ev('pointerup', 140, 40);""";

    @Test
    @DisplayName("INS-5: at phone width the inspector answers the checklist, submits, three people sign on the canvas, the record is locked")
    void checklistToSignedRecord() throws Exception {
        long institution = jdbc.sql("select id from institution where name = '楚雄市鹿城镇福寿养老院'").query(Long.class).single();
        List<Long> inspectors = jdbc.sql("select id from inspector where credential_no in ('楚民执-DEMO-001', '楚民执-DEMO-002') order by id")
                .query(Long.class).list();
        String task = mvc.perform(post("/api/v1/inspections").with(httpBasic("demo-county", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"COMPLAINT\",\"institutionId\":" + institution
                        + ",\"dueWorkingDays\":10,\"inspectorIds\":[" + inspectors.get(0) + "," + inspectors.get(1) + "]}"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(task, "$.id")).longValue();
        driver.manage().window().setSize(new Dimension(390, 844));
        logIn("demo-county");
        go("/inspection/tasks/" + id);
        click(By.id("start"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.result-form")));
        List<String> codes = jdbc.sql("select r.item_code from inspection_result r join inspection_record c on c.id = r.inspection_record"
                + " where c.task_id = ? order by r.inspection_record_key").param(id).query(String.class).list();
        // the first item through the page, the others through the API (as a second inspector's phone would)
        WebElement first = driver.findElement(By.id("item-" + codes.get(0)));
        first.findElement(By.cssSelector("label[for='fail-" + codes.get(0) + "']")).click();
        first.findElement(By.name("note")).sendKeys("现场发现问题");
        first.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("item-" + codes.get(0)), "不符合"));
        for (String code : codes.subList(1, codes.size())) {
            mvc.perform(put("/api/v1/inspections/" + id + "/record/results").with(httpBasic("demo-county", DEMO_PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"itemCode\":\"" + code + "\",\"outcome\":\"COMPLIANT\"}"));
        }
        driver.navigate().refresh();
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
        click(By.id("submit-record"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-form")));
        for (String pad : List.of("pad-one", "pad-two", "pad-rep")) {
            // a stroke as a pen gives it: pointer events on the pad, handled by the page's signature.js
            ((JavascriptExecutor) driver).executeScript(STROKE, driver.findElement(By.id(pad)));
        }
        driver.findElement(By.id("representativeName")).sendKeys("赵院长");
        shot("inspection-sign-phone.png");
        click(By.id("sign-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-signed")));
        assertThat(driver.findElement(By.id("task-state")).getText()).isEqualTo("已完成");
        assertThat(jdbc.sql("select count(*) from inspection_signature s join inspection_record r on r.id = s.record_id where r.task_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(3);
    }
}
