package org.eldercare.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eldercare.oversight.codes.Uscc;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** REG-1/REG-2 in a real browser: a supervisor files a new institution through the forms and finds it in the list. */
class FilingBrowserTests extends BrowserTest {

    private void upload(String material, Path file) {
        new Select(driver.findElement(By.name("material"))).selectByValue(material);
        driver.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        click(By.xpath("//button[text()='上传']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
    }

    /** Opens the new-institution form and fills it in, waiting for the live code check to accept the code. */
    private void fillInInstitutionForm(String code, String name) {
        go("/registry/institutions/new");
        driver.findElement(By.id("uscc")).sendKeys(code.toLowerCase());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("uscc-feedback"), "代码有效"));
        driver.findElement(By.id("name")).sendKeys(name);
        // the township is picked below the county (the picker's first select); htmx renders the choice into the hidden field
        new Select(driver.findElement(By.id("regionCode-pick-0"))).selectByValue("532301101000");
        wait.until(ExpectedConditions.attributeToBe(By.id("regionCode"), "value", "532301101000"));
        driver.findElement(By.id("address")).sendKeys("楚雄市鹿城镇测试大道8号");
        driver.findElement(By.id("bedsTotal")).clear();
        driver.findElement(By.id("bedsTotal")).sendKeys("50");
        driver.findElement(By.id("nursingBeds")).clear();
        driver.findElement(By.id("nursingBeds")).sendKeys("30");
    }

    @Test
    @DisplayName("Browser: a supervisor files an institution (archive, materials, commitment, submit, accept) and sees it in the list")
    void fileAnInstitution() throws Exception {
        String code = Uscc.complete("52532301MJ9" + String.format("%06d", (int) (System.nanoTime() % 1_000_000))).value();
        String name = "楚雄市鹿城镇浏览器测试养老院";
        logIn("demo-county");

        fillInInstitutionForm(code, name);
        shot("institution-form.png");
        click(By.id("save-institution"));
        wait.until(ExpectedConditions.textToBe(By.id("institution-name"), name));

        click(By.id("tab-filings"));
        click(By.id("start-filing"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filing-state")));
        Path pdf = Files.createTempFile("material", ".pdf");
        Files.write(pdf, "%PDF-1.4\n%test\n%%EOF\n".getBytes());
        upload("REGISTRATION_CERTIFICATE", pdf);
        upload("SITE_PROOF", pdf);
        // 楚雄's checklist (REG-11): the structural safety appraisal stands in for the old building's records
        upload("STRUCTURAL_SAFETY_REPORT", pdf);
        assertThat(driver.findElement(By.id("item-ORIGINAL_BUILDING_RECORDS")).getText()).contains("以房屋建筑结构安全性鉴定报告替代");
        upload("RELOCATION_STATEMENT", pdf);
        upload("USE_CHANGE_STATEMENT", pdf);
        upload("ENVIRONMENTAL_APPROVAL", pdf);
        // the supervisor cannot sign for the institution: he enters its paper original (代录) with the scan
        assertThat(driver.findElements(By.id("sign-commitment"))).isEmpty();
        driver.findElement(By.name("signerName")).sendKeys("孙院长");
        driver.findElement(By.name("signerTitle")).sendKeys("院长");
        driver.findElement(By.name("scan")).sendKeys(pdf.toAbsolutePath().toString());
        click(By.id("enter-paper-commitment"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash-message"), "已代录"));
        assertThat(driver.findElement(By.id("commitment-proxy")).getText()).startsWith("代录");
        click(By.id("submit-filing"));
        wait.until(ExpectedConditions.textToBe(By.id("filing-state"), "已提交"));
        // a destructive decision asks first, naming the institution; dismissing it changes nothing
        click(By.id("accept-filing"));
        Alert confirm = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).contains(name).contains("予以备案");
        confirm.dismiss();
        assertThat(driver.findElement(By.id("filing-state")).getText()).isEqualTo("已提交");
        click(By.id("accept-filing"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("filing-state"), "已备案"));
        assertThat(driver.findElement(By.id("receipt-no")).getText()).matches("楚民养备〔\\d{4}〕\\d{4}号");
        assertThat(driver.findElement(By.id("print-receipt")).getAttribute("href")).endsWith("/receipt.pdf");
        shot("filing-accepted.png");

        go("/registry/institutions?q=" + code);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("institution-table")));
        String table = driver.findElement(By.id("institution-table")).getText();
        assertThat(table).contains(name).contains(code).contains("已备案");
        shot("institution-list.png");
    }

    @Test
    @DisplayName("Browser: on a phone, the institution user opens its filing and sees what is still missing")
    void institutionUserOnPhone() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        logIn("demo-institution");
        go("/registry/institutions");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("institution-table")));
        assertThat(driver.findElement(By.id("institution-total")).getText()).isEqualTo("1");
        // #9 item 13: each institution is a card naming its fields, and nothing runs off the side of the screen
        WebElement row = driver.findElement(By.cssSelector("#institution-table tbody tr"));
        assertThat(row.getCssValue("display")).isEqualTo("block");
        assertThat(driver.findElement(By.cssSelector("#institution-table thead")).isDisplayed()).isFalse();
        Object labels = ((JavascriptExecutor) driver).executeScript("return Array.from(arguments[0].cells)"
                + ".map(c => getComputedStyle(c, '::before').content).join(' ');", row);
        assertThat(labels.toString()).contains("\"统一社会信用代码\"", "\"床位/护理型\"");
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        shot("institution-list-phone.png");
        click(By.linkText("楚雄市东瓜镇夕阳红老年公寓"));
        click(By.id("tab-filings"));
        click(By.linkText("办理"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-filing")));
        click(By.id("submit-filing"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash-error")));
        assertThat(driver.findElement(By.id("flash-error")).getText()).isEqualTo("提交前须由负责人签署书面信用承诺。");
        assertThat(driver.findElements(By.id("accept-filing"))).isEmpty();
        shot("filing-phone.png");
    }
}
