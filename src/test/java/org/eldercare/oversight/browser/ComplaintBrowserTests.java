package org.eldercare.oversight.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** CMP-1 in a real browser at phone size: a complaint about the demo site through the public form, then tracked by its code. */
class ComplaintBrowserTests extends BrowserTest {

    @Test
    @DisplayName("CMP-1 browser: on a phone, without login, a complaint is filed through the public form and tracked by code")
    void publicFormOnPhone() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        long site = jdbc.sql("select id from institution where name like '%夕阳红%' order by id limit 1").query(Long.class).single();
        go("/public/complaints/new?institution=" + site);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-site")));
        new Select(driver.findElement(By.id("category"))).selectByVisibleText("服务质量");
        driver.findElement(By.id("summary")).sendKeys("浏览器投诉：护理不及时");
        driver.findElement(By.id("content")).sendKeys("老人呼叫后很久无人应答。");
        driver.findElement(By.id("phone")).sendKeys("13987650099");
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        click(By.id("complaint-submit"));
        String code = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code"))).getText();
        assertThat(driver.getPageSource()).doesNotContain("13987650099");
        shot("complaint-submitted-phone.png");
        go("/public/complaints/track");
        driver.findElement(By.name("trackingCode")).sendKeys(code);
        driver.findElement(By.name("phoneTail")).sendKeys("0099");
        click(By.cssSelector("#track-form button"));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("track-state"))).getText()).isEqualTo("已登记");
        assertThat(driver.getPageSource()).doesNotContain("13987650099");
    }
}
