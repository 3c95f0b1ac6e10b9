package org.eldercare.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.eldercare.oversight.workforce.WorkforceFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * #16 (workforce) in a real browser: the institution user sees its staff with masked ID numbers, is refused when hiring a
 * person under an industry ban (nothing saved), hires a valid person, and reads the list on a phone without sideways scrolling.
 */
class WorkforceBrowserTests extends BrowserTest {

    /** The demo court ban (DemoWorkforce): 王某某. */
    private static final String BANNED = "532301198001010054";

    private String openStaffList() {
        click(By.linkText("从业人员"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-table")));
        return driver.findElement(By.id("staff-total")).getText();
    }

    private void fillInHire(String name, String idNumber) {
        click(By.linkText("录用"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("idNumber")));
        driver.findElement(By.id("name")).sendKeys(name);
        driver.findElement(By.id("idNumber")).sendKeys(idNumber);
        new Select(driver.findElement(By.id("role"))).selectByValue("CARE_WORKER");
        new Select(driver.findElement(By.id("careLevel"))).selectByIndex(1);
        click(By.xpath("//button[text()='核查并录用']"));
    }

    @Test
    @DisplayName("#16 browser: staff list masks ID numbers; a banned person is refused and not saved; a valid hire appears in the list")
    void hireThroughTheForms() throws Exception {
        logIn("demo-institution");
        String total = openStaffList();
        String table = driver.findElement(By.id("staff-table")).getText();
        assertThat(table).contains("周美华", "李秀兰", "夕阳红老年公寓");
        // personal information: no full 18-digit 公民身份号码 anywhere in the page
        assertThat(driver.getPageSource()).doesNotContainPattern("\\d{17}[\\dX]");
        shot("staff-list.png");

        fillInHire("王某某", BANNED);
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error")));
        // workforce.hire.banned, with the number masked
        assertThat(refusal.getText()).startsWith("不得录用：该人员（公民身份号码 ").contains("在行业禁入期内").doesNotContain(BANNED);
        assertThat(driver.getPageSource()).doesNotContain(BANNED);
        shot("staff-hire-banned.png");
        assertThat(openStaffList()).isEqualTo(total);
        assertThat(driver.findElement(By.id("staff-table")).getText()).doesNotContain("王某某");

        String idNumber = WorkforceFixtures.idNumber();
        fillInHire("赵浏览", idNumber);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash-message"), "已录用"));
        String after = openStaffList();
        assertThat(Integer.parseInt(after.replace(",", ""))).isEqualTo(Integer.parseInt(total.replace(",", "")) + 1);
        assertThat(driver.findElement(By.id("staff-table")).getText()).contains("赵浏览").doesNotContain(idNumber);
    }

    @Test
    @DisplayName("#16 browser: on a phone the staff list is one card per person and nothing runs off the side of the screen")
    void staffListOnPhone() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        logIn("demo-county");
        go("/workforce/staff");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-table")));
        WebElement row = driver.findElement(By.cssSelector("#staff-table tbody tr"));
        assertThat(row.getCssValue("display")).isEqualTo("block");
        assertThat(driver.findElement(By.cssSelector("#staff-table thead")).isDisplayed()).isFalse();
        Object labels = ((JavascriptExecutor) driver).executeScript("return Array.from(arguments[0].cells)"
                + ".map(c => getComputedStyle(c, '::before').content).join(' ');", row);
        assertThat(labels.toString()).contains("\"公民身份号码\"", "\"岗位\"");
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        shot("staff-list-phone.png");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
    }
}
